#pragma once

#include "core/result.h"
#include "searchquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <vector>

namespace Scholia {

class SqliteDatabase;
class SqliteStatement;

// One place a query matched.
struct SearchHit
{
    enum class Kind
    {
        Comment,    // a comment's text or author
        Thread,     // the thread's title, post or original poster (commentSourceId empty)
        ThreadNote, // the reader's notes on the thread (commentSourceId empty)
        Annotation, // an annotation's note or highlighted passage, on commentSourceId
    };

    qint64 threadId = 0;
    QString threadTitle;
    QString commentSourceId; // empty for a thread-level hit
    QString author;          // the comment's (or for a thread-level hit the thread's) author
    QDateTime created;       // the same one's date, UTC; invalid when unknown
    // A stretch of the matching text, HTML-escaped, the matched words in <b>…</b>:
    // safe to show as rich text.
    QString snippetHtml;
    Kind kind = Kind::Comment;
    qint64 annotationId = 0; // for Kind::Annotation
};

// One page of results.
struct SearchPage
{
    enum class Order
    {
        Relevance,   // every match ranked by bm25, best first
        NewestFirst, // too many matches to rank quickly, or filters only: see SearchEngine
    };

    std::vector<SearchHit> hits;
    qint64 totalCount = 0;
    // totalCount is SearchEngine::countLimit and there are more matches than that
    // ("more than 10 000").
    bool countIsLowerBound = false;
    Order order = Order::Relevance;
};

// Runs a SearchQuery over the library's FTS5 indexes (schema v3): comments, threads,
// thread notes and annotations. Every value reaches SQLite as a bound parameter.
//
// Ranking: ranking by bm25() costs about 0.8 µs per matching row, because every match
// must be scored before the first page is known (1 000 000 comments, SQLite 3.40: a
// common word 0.3–0.8 s, "th*" 1.9 s), while walking the index newest row first and
// stopping after one page costs ≤ 15 ms. So the engine first counts the matching
// comments, stopping at countLimit + 1:
//   ≤ countLimit   totalCount is exact, and every hit of every kind is ranked by bm25
//                  (Order::Relevance) — unless the words alone match so many rows that
//                  scoring them would be slow although the filters leave few
//                  (rankingIsCheap() in the .cpp), or there are no words, only
//                  filters: then Order::NewestFirst as below;
//   > countLimit   Order::NewestFirst; totalCount is countLimit plus the other hits,
//                  with countIsLowerBound set, and the UI should say "more than N".
// Order::NewestFirst: the thread-level and annotation hits come first, ranked; then the
// comments, the most recently saved (highest row id) first — which is the newest written
// for a library imported as it grew. The thread-level hits are few in a library of a few
// thousand threads, but not in one of a whole community's: with 100 000 threads a common
// word is in most titles. So they are counted up to countLimit + 1 too, and past that
// the query is NewestFirst and they come newest (highest id) first within each kind,
// not ranked (scoring 90 000 thread hits by bm25 for the first page took seconds).
// tests/bench/benchsearch.cpp (1 000 000 generated comments, SQLite 3.40.1, 2 cores):
// first page of 20 varied queries, median 16 ms, p95 29 ms, slowest 67 ms (a date
// filter, which is checked on every comment the words match).
class SearchEngine
{
    Q_DECLARE_TR_FUNCTIONS(SearchEngine)

public:
    static constexpr qint64 countLimit = 10000;
    // A thread:, site: or tag: filter over at most this many threads holding at most
    // this many comments walks the index over those threads' row ranges only.
    static constexpr qint64 rangeThreadLimit = 1000;
    static constexpr qint64 rangeCommentLimit = 100000;
    // At most this many threads may be counted over their ranges, when that is quicker
    // than the long way (the threads are listed to decide, and only so many of them).
    static constexpr qint64 countRangeThreadLimit = 10000;
    // Ranking is affordable when bm25 scores at most rankRowLimit rows and the FTS5
    // cursors together count at most rankCursorRowLimit rows for its statistics
    // (≈ 40 ms each on the machine of DESIGN.md).
    static constexpr qint64 rankRowLimit = 50000;
    static constexpr qint64 rankCursorRowLimit = 1500000;

    explicit SearchEngine(SqliteDatabase &db);

    Result<SearchPage> search(const SearchQuery &query, int offset, int limit) const;

    // The bold markers of snippetHtml removed and the HTML entities decoded: plain text.
    static QString plainSnippet(const QString &snippetHtml);

private:
    SqliteDatabase &m_db;
};

} // namespace Scholia
