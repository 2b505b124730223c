#pragma once

#include "searchengine.h"
#include "searchfiltersql.h"
#include "searchquery.h"

#include <QString>

#include <optional>

namespace Scholia {

class SqliteStatement;

// The SQL of one SearchQuery, for SearchEngine. The text is built from fixed fragments
// only; everything from the query (match expressions, filter values) is a numbered
// parameter that bind() sets:
//   ?1–?4 the FTS5 match expression for comments, threads, thread notes, annotations
//   ?5 ?6 ?7  snippet markers and ellipsis     ?8 ?9  limit/offset or a row-id range
//   ?10   the row ids of a page's hits, a JSON array (details)
//   ?11   the excluded words of a query of filters only (excludedExpression)
//   ?12 +     two per filter, in the query's order
// Every part reads the same columns: kind (SearchHit::Kind), key (the row id of the
// source table), rank (bm25, lower is better; 0 when there is nothing to rank).
class SearchSql
{
public:
    // U+FDD0/U+FDD1 are noncharacters, which no imported text should contain; they
    // mark the match in a snippet until the text around them has been HTML-escaped.
    static constexpr QChar matchStart = QChar(0xFDD0);
    static constexpr QChar matchEnd = QChar(0xFDD1);

    // threadRanges: walk comments_fts only over the row-id ranges of the threads that
    // thread:, site: and tag: filters allow (SearchEngine decides when that pays).
    explicit SearchSql(const SearchQuery &query, bool threadRanges = false);

    // SELECT count(*), sum(comment_count) of the threads that can hold a hit when the
    // query has thread:, site: or tag: filters, of at most ?8 of them; empty otherwise.
    QString candidateThreadSize() const;

    // SELECT kind, key, rank of the matching comments; in key order, newest first, when
    // newestFirst. Empty when the query cannot match a comment. matchingRows: how many
    // comments match, when commentsAreWordMatches(); bm25 then need not count them
    // again (KnownCountBm25), and ranks them the same.
    QString commentKeys(bool newestFirst, std::optional<qint64> matchingRows = {}) const;
    // Whether the matching comments are the rows comments_fts matches for the words, no
    // filter narrowing them: commentCount() then counts what wordCount() would.
    bool commentsAreWordMatches() const;
    // SELECT count(*) of the matching comments, stopping after ?8 of them.
    QString commentCount() const;
    // SELECT count(*) of the comments matching the words alone, no filters, stopping
    // after ?8; empty when the query has no words for comments.
    QString wordCount() const;
    // SELECT count(*) of the comments matching the words alone with a row id above ?8;
    // empty when the query has no words for comments.
    QString wordSample() const;
    bool walksThreadRanges() const { return m_threadRanges; }
    // SELECT kind, key, rank of the thread-level and annotation hits (a UNION ALL);
    // empty when there is none to look in.
    QString otherKeys() const;
    // The hits' columns for SearchHit (key, thread id, thread title, comment source id,
    // author, created, snippet, annotation id) for the row ids listed in ?10 (a JSON
    // array), all between ?8 and ?9, in no particular order.
    QString details(SearchHit::Kind kind) const;

    // Whether kind's match expression may hold a prefix ("pre"*); true also for the
    // rare literal that ends in an escaped quote followed by a star.
    bool matchHasPrefix(SearchHit::Kind kind) const;

    // Binds the parameters that sql uses; ?8 and ?9 are the caller's.
    void bind(SqliteStatement &statement, const QString &sql) const;

private:
    QString commentSelect(const QString &columns) const;
    QString ftsSource(SearchHit::Kind kind, const QString &sql) const;
    QString exclusion(SearchHit::Kind kind, bool fts) const;
    QString from(SearchHit::Kind kind) const;
    QString matchFor(SearchHit::Kind kind) const;

    static constexpr int excludedParameter = 11;
    static constexpr int firstFilterParameter = 12;

    SearchQuery m_query;
    SearchFilterSql m_filters;
    bool m_threadRanges = false;
};

} // namespace Scholia
