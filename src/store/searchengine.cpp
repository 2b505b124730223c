#include "searchengine.h"

#include "annotatedcommentset.h"
#include "knowncountbm25.h"
#include "searchsql.h"
#include "sqlitedatabase.h"
#include "sqliteerror.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <optional>

namespace Scholia {

namespace {

using Kind = SearchHit::Kind;

struct HitKey
{
    Kind kind;
    qint64 key;
};

qint64 countOf(SqliteDatabase &db, const SearchSql &sql, const QString &text,
               std::optional<qint64> limit)
{
    SqliteStatement statement = db.prepare(text);
    sql.bind(statement, text);
    if (limit)
        statement.bind(8, *limit);
    return statement.step() ? statement.columnInt64(0) : 0;
}

// Runs a keys query (kind, key, …) with ?8 = limit and ?9 = offset.
void readKeys(SqliteDatabase &db, const SearchSql &sql, const QString &text, int offset, int limit,
              std::vector<HitKey> &keys)
{
    if (limit <= 0)
        return;
    SqliteStatement statement = db.prepare(text);
    sql.bind(statement, text);
    statement.bind(8, limit).bind(9, offset);
    while (statement.step())
        keys.push_back({Kind(statement.columnInt(0)), statement.columnInt64(1)});
}

QString escapedSnippet(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(SearchSql::matchStart, QLatin1String("<b>"));
    html.replace(SearchSql::matchEnd, QLatin1String("</b>"));
    return html;
}

// The threads a thread:, site: or tag: filter confines the hits to: how many, holding
// how many comments; only the first countRangeThreadLimit + 1 of them are counted.
struct CandidateThreads
{
    qint64 threads = 0;
    qint64 comments = 0;
};

std::optional<CandidateThreads> candidateThreads(SqliteDatabase &db, const SearchSql &sql)
{
    const QString size = sql.candidateThreadSize();
    if (size.isEmpty())
        return std::nullopt;
    SqliteStatement statement = db.prepare(size);
    sql.bind(statement, size);
    statement.bind(8, SearchEngine::countRangeThreadLimit + 1);
    if (!statement.step())
        return std::nullopt;
    return CandidateThreads{statement.columnInt64(0), statement.columnInt64(1)};
}

// When the candidate threads hold few comments, walking the index over just their row
// ranges beats walking every match in the library and dropping most of them (tag:x over
// 5% of the library, with a common word: 370 ms the long way). Returns how many ranges,
// or nothing.
std::optional<qint64> threadRanges(const std::optional<CandidateThreads> &candidates)
{
    if (!candidates || candidates->threads > SearchEngine::rangeThreadLimit ||
        candidates->comments > SearchEngine::rangeCommentLimit)
        return std::nullopt;
    return candidates->threads;
}

// Whether counting (up to countLimit + 1) over the candidate threads' row ranges is
// quicker than the long way, for threads too many to list a page from their ranges
// (the newest-first page would sort every match in them). The long way reads a comment
// row for each match of the words until countLimit + 1 of them are in those threads;
// the ranges set FTS5 up again for each thread until as many are found. Where the
// words are common and the threads a small part of the library, the ranges win by far
// ("tag:topic the", 5 000 threads of 100 000: 275 ms the long way, 36 ms over the
// ranges, in the shell at 10 000 000 comments); where the words are rare they lose
// ("site:reddit.com market", half the threads: 215 against 420 ms). How common the
// words are is sampled from the newest rows; a range costs about as much as
// rangeCostInMatches matches of the long way (both figures above).
bool countOverRangesIsQuicker(SqliteDatabase &db, const SearchSql &sql,
                              const CandidateThreads &candidates)
{
    constexpr qint64 sampleRows = 20000;
    constexpr qint64 rangeCostInMatches = 50;
    const QString sample = sql.wordSample();
    if (sample.isEmpty() || candidates.threads <= 0 || candidates.comments <= 0 ||
        candidates.threads > SearchEngine::countRangeThreadLimit)
        return false;
    const qint64 newest = db.queryInt(QStringLiteral("SELECT coalesce(max(id), 0) FROM comments"));
    if (newest <= 0)
        return false;
    const qint64 sampled = qMin(newest, sampleRows);
    SqliteStatement statement = db.prepare(sample);
    sql.bind(statement, sample);
    statement.bind(8, newest - sampled);
    const double density =
        statement.step() ? double(statement.columnInt64(0)) / double(sampled) : 0;
    if (density <= 0)
        return false;
    const double wanted = double(SearchEngine::countLimit + 1);
    const double perThread = density * double(candidates.comments) / double(candidates.threads);
    const double ranges = qMin(double(candidates.threads), wanted / perThread);
    const double share = qMin(1.0, double(candidates.comments) / double(newest));
    const double matches = qMin(density * double(newest), wanted / share);
    return ranges * double(rangeCostInMatches) < matches;
}

// Whether bm25 can rank the (at most countLimit) matching comments quickly. bm25 costs
// about 0.8 µs per row it scores, and every row the words match is scored, filtered out
// or not; and each FTS5 cursor first counts the documents holding each phrase across
// the whole library (about 0.03 µs per matching row). A plain walk has one cursor; a
// walk over thread ranges one per range; a walk over the annotated comments one per
// annotated comment ("is:annotated people": 70 cursors × 145 000 rows = 350 ms). Since
// schema v8 the annotated comments are a list that one walk looks each match up in, but
// the decision is kept as it was: it chooses the order of the hits the reader sees.
bool rankingIsCheap(SqliteDatabase &db, const SearchSql &sql, const SearchQuery &query,
                    std::optional<qint64> ranges)
{
    if (query.matchExpression.isEmpty())
        return false; // filters alone: nothing to rank by, so the newest first
    // Without filters the comments counted are the words' matches: at most countLimit,
    // under rankRowLimit, and one cursor. Counting them again cost a second walk of the
    // match (50 ms for a phrase at 10 000 000 comments).
    if (sql.commentsAreWordMatches())
        return true;
    const QString words = sql.wordCount();
    if (words.isEmpty())
        return true;
    qint64 cursors = 1;
    if (ranges) {
        // One range: its rows are few (rangeCommentLimit) and one cursor's statistics
        // cost at most a walk of the library's postings of the words — as much as the
        // count that would decide it.
        if (*ranges <= 1)
            return true;
        cursors = *ranges;
    } else if (query.hasFilter(SearchFilter::Kind::Annotated) ||
               query.hasFilter(SearchFilter::Kind::Orphaned) ||
               query.hasFilter(SearchFilter::Kind::Rebutted) ||
               query.hasFilter(SearchFilter::Kind::Unanswered) ||
               query.hasFilter(SearchFilter::Kind::Link))
        cursors = qMax<qint64>(1, db.queryInt(QStringLiteral("SELECT count(*) FROM annotations")));
    const qint64 cap =
        qMax(SearchEngine::rankRowLimit, SearchEngine::rankCursorRowLimit / cursors) + 1;
    const qint64 matching = countOf(db, sql, words, cap);
    // Over ranges or annotated comments only those rows are scored, not every match.
    const bool scoresEveryMatch = cursors == 1 && !ranges;
    return cursors * matching <= SearchEngine::rankCursorRowLimit &&
           (!scoresEveryMatch || matching <= SearchEngine::rankRowLimit);
}

} // namespace

SearchEngine::SearchEngine(SqliteDatabase &db) : m_db(db)
{
    KnownCountBm25::registerOn(m_db);
    AnnotatedCommentSet::registerOn(m_db);
}

Result<SearchPage> SearchEngine::search(const SearchQuery &query, int offset, int limit) const
{
    offset = qMax(0, offset);
    limit = qMax(0, limit);
    try {
        const SearchSql longWay(query);
        const std::optional<CandidateThreads> candidates = candidateThreads(m_db, longWay);
        const std::optional<qint64> ranges = threadRanges(candidates);
        const SearchSql sql(query, ranges.has_value());
        const QString others = sql.otherKeys();
        // The count is the same over the ranges or the long way; only its cost differs.
        const bool countOverRanges =
            ranges || (candidates && countOverRangesIsQuicker(m_db, longWay, *candidates));
        const SearchSql countSql(query, countOverRanges);
        const qint64 comments = countOf(m_db, countSql, countSql.commentCount(), countLimit + 1);
        const qint64 otherCount =
            others.isEmpty()
                ? 0
                : countOf(m_db, sql,
                          QStringLiteral("SELECT count(*) FROM (%1 LIMIT ?8)").arg(others),
                          countLimit + 1);

        SearchPage page;
        std::vector<HitKey> keys;
        const QString ranked = otherCount <= countLimit
                                   ? QStringLiteral(" ORDER BY rank, key DESC LIMIT ?8 OFFSET ?9")
                                   : QStringLiteral(" ORDER BY kind, key DESC LIMIT ?8 OFFSET ?9");
        page.totalCount = qMin(comments, countLimit) + qMin(otherCount, countLimit);
        page.countIsLowerBound = comments > countLimit || otherCount > countLimit;
        if (comments <= countLimit && otherCount <= countLimit &&
            rankingIsCheap(m_db, sql, query, sql.walksThreadRanges() ? ranges : std::nullopt)) {
            page.order = SearchPage::Order::Relevance;
            // Without filters, the comments counted are the rows bm25 would count for a
            // query of one phrase (KnownCountBm25).
            QString all = sql.commentKeys(false, sql.commentsAreWordMatches()
                                                     ? std::optional<qint64>(comments)
                                                     : std::nullopt);
            if (!others.isEmpty())
                all += QStringLiteral(" UNION ALL ") + others;
            readKeys(m_db, sql, QStringLiteral("SELECT kind, key FROM (%1)").arg(all) + ranked,
                     offset, limit, keys);
        } else {
            page.order = SearchPage::Order::NewestFirst;
            // Past countLimit thread-level hits, the pages list the first countLimit of
            // them and then the comments, as the count says "more than".
            const qint64 listedOthers = qMin(otherCount, countLimit);
            if (offset < listedOthers) {
                const int fromOthers = int(qMin<qint64>(limit, listedOthers - offset));
                readKeys(m_db, sql,
                         QStringLiteral("SELECT kind, key FROM (%1)").arg(others) + ranked, offset,
                         fromOthers, keys);
            }
            const int commentOffset = int(qMax<qint64>(0, offset - listedOthers));
            readKeys(m_db, sql, sql.commentKeys(true) + QStringLiteral(" LIMIT ?8 OFFSET ?9"),
                     commentOffset, limit - int(keys.size()), keys);
        }

        // Snippets only for the page: snippet() over every match would cost more than
        // the ranking itself. One statement per kind for the whole page (SearchSql::details).
        std::array<std::vector<qint64>, 4> keysOfKind;
        for (const HitKey &key : keys)
            keysOfKind[size_t(key.kind)].push_back(key.key);
        QHash<std::pair<int, qint64>, SearchHit> found;
        for (size_t kind = 0; kind < keysOfKind.size(); ++kind) {
            const std::vector<qint64> &ids = keysOfKind[kind];
            if (ids.empty())
                continue;
            const QString text = sql.details(Kind(kind));
            SqliteStatement statement = m_db.prepare(text);
            sql.bind(statement, text);
            const auto readRows = [&] {
                while (statement.step()) {
                    SearchHit hit;
                    hit.kind = Kind(kind);
                    hit.threadId = statement.columnInt64(1);
                    hit.threadTitle = statement.columnText(2);
                    hit.commentSourceId = statement.columnText(3);
                    hit.author = statement.columnText(4);
                    if (const auto seconds = statement.columnOptionalInt64(5))
                        hit.created = QDateTime::fromSecsSinceEpoch(*seconds, QTimeZone::utc());
                    hit.snippetHtml = escapedSnippet(statement.columnText(6));
                    hit.annotationId = statement.columnInt64(7);
                    found.insert({int(kind), statement.columnInt64(0)}, std::move(hit));
                }
            };
            // A ranked page's comments lie anywhere in the library, and the range of
            // their row ids made FTS5 walk nearly every match again ("market economy":
            // 37–45 ms); one range per hit lets it seek to each (50 hits: 6 ms). Not for
            // a prefix, which FTS5 merges from every matching term at each set-up.
            if (page.order == SearchPage::Order::Relevance && Kind(kind) == Kind::Comment &&
                !sql.matchHasPrefix(Kind::Comment)) {
                for (const qint64 id : ids) {
                    statement.reset(); // which clears the bindings too
                    sql.bind(statement, text);
                    statement.bind(8, id).bind(9, id).bind(10, QStringLiteral("[%1]").arg(id));
                    readRows();
                }
                continue;
            }
            QJsonArray list;
            for (const qint64 id : ids)
                list.append(id);
            statement.bind(8, *std::min_element(ids.begin(), ids.end()))
                .bind(9, *std::max_element(ids.begin(), ids.end()))
                .bind(10, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
            readRows();
        }
        for (const HitKey &key : keys) {
            if (const auto hit = found.constFind({int(key.kind), key.key}); hit != found.constEnd())
                page.hits.push_back(*hit);
        }
        return page;
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot search the library"));
    }
}

QString SearchEngine::plainSnippet(const QString &snippetHtml)
{
    QString text = snippetHtml;
    text.remove(QLatin1String("<b>"));
    text.remove(QLatin1String("</b>"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

} // namespace Scholia
