#include "searchsql.h"

#include "sqlitestatement.h"

#include <QRegularExpression>
#include <QSet>

namespace Scholia {

namespace {

using Kind = SearchHit::Kind;

QString ftsTable(Kind kind)
{
    switch (kind) {
    case Kind::Comment:
        return QStringLiteral("comments_fts");
    case Kind::Thread:
        return QStringLiteral("threads_fts");
    case Kind::ThreadNote:
        return QStringLiteral("thread_notes_fts");
    case Kind::Annotation:
        return QStringLiteral("annotations_fts");
    }
    return {};
}

// The parameter that holds kind's match expression.
int matchParameter(Kind kind)
{
    return int(kind) + 1;
}

} // namespace

SearchSql::SearchSql(const SearchQuery &query, bool threadRanges)
    : m_query(query), m_filters(query.filters, firstFilterParameter)
{
    m_threadRanges = threadRanges && !m_filters.candidateThreads().isEmpty() &&
                     !matchFor(Kind::Comment).isEmpty();
}

QString SearchSql::candidateThreadSize() const
{
    const QString threads = m_filters.candidateThreads();
    if (threads.isEmpty())
        return {};
    // The LIMIT lets a scan (site:) stop early: listing every thread of a site read the
    // whole threads table, 212 ms at 100 000 threads for one of half of them.
    return QStringLiteral("SELECT count(*), coalesce(sum(comment_count), 0) FROM threads WHERE "
                          "id IN (SELECT * FROM (%1) LIMIT ?8)")
        .arg(threads);
}

QString SearchSql::matchFor(Kind kind) const
{
    QStringList parts;
    if (!m_query.matchExpression.isEmpty())
        parts << QLatin1Char('(') + m_query.matchExpression + QLatin1Char(')');
    // Comments and threads index their author: an author filter narrows the match there,
    // and the exact comparison in SQL (SearchFilterSql) then drops "Jane Doe Jr".
    if (kind == Kind::Comment || kind == Kind::Thread) {
        for (const SearchFilter &filter : m_query.filters) {
            if (filter.kind == SearchFilter::Kind::Author)
                if (const QString author = SearchFilterSql::authorMatch(filter.text);
                    !author.isEmpty())
                    parts << author;
        }
    }
    QString expression = parts.join(QStringLiteral(" AND "));
    // Filters and exclusions only: where the author is indexed, FTS5 can exclude.
    if (!expression.isEmpty() && m_query.matchExpression.isEmpty() &&
        !m_query.excludedExpression.isEmpty())
        expression += QStringLiteral(" NOT (") + m_query.excludedExpression + QLatin1Char(')');
    return expression;
}

QString SearchSql::exclusion(Kind kind, bool fts) const
{
    // Elsewhere, a query of filters only excludes the rows its excluded words match.
    if (fts || m_query.excludedExpression.isEmpty())
        return {};
    const QString table = ftsTable(kind);
    const QString key = kind == Kind::Comment      ? QStringLiteral("c.id")
                        : kind == Kind::Annotation ? QStringLiteral("a.id")
                                                   : QStringLiteral("t.id");
    return QStringLiteral(" AND %1 NOT IN (SELECT rowid FROM %2 WHERE %2 MATCH ?%3)")
        .arg(key, table)
        .arg(excludedParameter);
}

QString SearchSql::from(Kind kind) const
{
    const bool fts = !matchFor(kind).isEmpty();
    // The annotation keeps its comment's row id (schema v8): one read by row id.
    const QString commentOfAnnotation = QStringLiteral(" LEFT JOIN comments c ON c.id = a.comment_id");
    switch (kind) {
    case Kind::Comment:
        return fts ? QStringLiteral(
                         "comments_fts CROSS JOIN comments c ON c.id = comments_fts.rowid "
                         "CROSS JOIN threads t ON t.id = c.thread_id")
                   : QStringLiteral("comments c CROSS JOIN threads t ON t.id = c.thread_id");
    case Kind::Thread:
        return fts ? QStringLiteral("threads_fts CROSS JOIN threads t ON t.id = threads_fts.rowid")
                   : QStringLiteral("threads t");
    case Kind::ThreadNote:
        return QStringLiteral(
            "thread_notes_fts CROSS JOIN threads t ON t.id = thread_notes_fts.rowid");
    case Kind::Annotation:
        return (fts ? QStringLiteral("annotations_fts CROSS JOIN annotations a ON a.id = "
                                     "annotations_fts.rowid")
                    : QStringLiteral("annotations a")) +
               QStringLiteral(" CROSS JOIN threads t ON t.id = a.thread_id") + commentOfAnnotation;
    }
    return {};
}

QString SearchSql::commentSelect(const QString &columns) const
{
    const bool fts = !matchFor(Kind::Comment).isEmpty();
    QString source = from(Kind::Comment);
    QString ranges;
    if (m_threadRanges) {
        // The comments of a thread are saved together, so their row ids form (nearly) one
        // range; FTS5 seeks to each range instead of walking every match in the library.
        source =
            QStringLiteral(
                "(SELECT thread_id AS range_thread, min(id) AS range_low, max(id) AS range_high "
                "FROM comments WHERE thread_id IN (%1) GROUP BY thread_id) r CROSS JOIN ")
                .arg(m_filters.candidateThreads()) +
            source;
        ranges = QStringLiteral(" AND comments_fts.rowid BETWEEN r.range_low AND r.range_high AND "
                                "c.thread_id = r.range_thread");
    }
    const QString conditions =
        (fts ? QStringLiteral("comments_fts MATCH ?1") : QStringLiteral("1")) + ranges +
        exclusion(Kind::Comment, fts) +
        m_filters.conditions(SearchFilterSql::scopeFor(Kind::Comment, fts && !m_threadRanges));
    if (fts && !m_threadRanges)
        source = ftsSource(Kind::Comment, columns + conditions);
    return QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + source +
           QStringLiteral(" WHERE ") + conditions;
}

// kind's FTS table, joined to the rows (the comment c, the thread t, the annotation a)
// only when sql reads them. Each join is a random read per matching row in a file of
// gigabytes: counting the first 10 001 matches of "people" at 10 000 000 comments read
// 20 002 rows it did not need, is:annotated (a condition on the FTS row id) read two per
// match of its words, and counting and ranking the 5 722 threads "of the" is in read a
// thread row each (41 against 9 ms to count them). Every indexed row has its row, and
// every comment, note and annotation its thread (the FTS tables are kept in step by
// ThreadStore and the triggers, and the rows cascade with their thread), so leaving the
// joins out drops no hit. The columns are found in the text, so that a filter written
// later that reads c, t or a gets its join without being listed here.
QString SearchSql::ftsSource(Kind kind, const QString &sql) const
{
    static const QRegularExpression threadColumn(QStringLiteral("\\bt\\."));
    static const QRegularExpression commentColumn(QStringLiteral("\\bc\\."));
    static const QRegularExpression annotationColumn(QStringLiteral("\\ba\\."));
    const bool readsThread = sql.contains(threadColumn);
    const bool readsComment = sql.contains(commentColumn);
    switch (kind) {
    case Kind::Comment:
        if (readsThread)
            return from(kind);
        if (readsComment)
            return QStringLiteral(
                "comments_fts CROSS JOIN comments c ON c.id = comments_fts.rowid");
        return QStringLiteral("comments_fts");
    case Kind::Thread:
    case Kind::ThreadNote:
        return readsThread ? from(kind) : ftsTable(kind);
    case Kind::Annotation:
        if (readsThread || readsComment)
            return from(kind);
        if (sql.contains(annotationColumn))
            return QStringLiteral(
                "annotations_fts CROSS JOIN annotations a ON a.id = annotations_fts.rowid");
        return ftsTable(kind);
    }
    return from(kind);
}

bool SearchSql::commentsAreWordMatches() const
{
    return m_query.filters.empty() && !matchFor(Kind::Comment).isEmpty();
}

QString SearchSql::commentKeys(bool newestFirst, std::optional<qint64> matchingRows) const
{
    const bool fts = !matchFor(Kind::Comment).isEmpty();
    const QString key = fts ? QStringLiteral("comments_fts.rowid") : QStringLiteral("c.id");
    // The count is the engine's, not the query's: a number written into the text.
    // Without it known_count_bm25 counts each phrase itself, as bm25 does, but only to
    // half of the library's rows ("thread:N the" walked all 6.5 million rows of "the"
    // at 10 000 000 comments to weigh it): the same doubles either way.
    const QString rank =
        !fts ? QStringLiteral("0")
        : matchingRows && commentsAreWordMatches()
            ? QStringLiteral("known_count_bm25(comments_fts, %1)").arg(*matchingRows)
            : QStringLiteral("known_count_bm25(comments_fts)");
    QString sql = commentSelect(
        QStringLiteral("%1 AS kind, %2 AS key, %3 AS rank").arg(int(Kind::Comment)).arg(key, rank));
    // The FTS5 table walks its rows in this order itself, so the first page costs a
    // page's worth of rows, not a sort of every match.
    if (newestFirst)
        sql += QStringLiteral(" ORDER BY ") + key + QStringLiteral(" DESC");
    return sql;
}

QString SearchSql::wordCount() const
{
    if (matchFor(Kind::Comment).isEmpty())
        return {};
    return QStringLiteral(
        "SELECT count(*) FROM (SELECT 1 FROM comments_fts WHERE comments_fts MATCH ?1 LIMIT ?8)");
}

QString SearchSql::wordSample() const
{
    if (matchFor(Kind::Comment).isEmpty())
        return {};
    return QStringLiteral(
        "SELECT count(*) FROM comments_fts WHERE comments_fts MATCH ?1 AND rowid > ?8");
}

QString SearchSql::commentCount() const
{
    return QStringLiteral("SELECT count(*) FROM (") + commentSelect(QStringLiteral("1")) +
           QStringLiteral(" LIMIT ?8)");
}

QString SearchSql::otherKeys() const
{
    QStringList arms;
    for (const Kind kind : {Kind::Thread, Kind::ThreadNote, Kind::Annotation}) {
        const bool fts = !matchFor(kind).isEmpty();
        if (!fts && kind == Kind::ThreadNote)
            continue; // a note is a hit only for its words; the thread's own hit covers the rest
        const QString table = ftsTable(kind);
        const QString plainKey =
            kind == Kind::Annotation ? QStringLiteral("a.id") : QStringLiteral("t.id");
        const QString columns =
            QStringLiteral("%1 AS kind, %2 AS key, %3 AS rank")
                .arg(int(kind))
                .arg(fts ? table + QStringLiteral(".rowid") : plainKey,
                     fts ? QStringLiteral("bm25(%1)").arg(table) : QStringLiteral("0"));
        const QString conditions =
            (fts ? QStringLiteral("%1 MATCH ?%2").arg(table).arg(matchParameter(kind))
                 : QStringLiteral("1")) +
            exclusion(kind, fts) + m_filters.conditions(SearchFilterSql::scopeFor(kind, fts));
        arms << QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") +
                    (fts ? ftsSource(kind, columns + conditions) : from(kind)) +
                    QStringLiteral(" WHERE ") + conditions;
    }
    return arms.join(QStringLiteral(" UNION ALL "));
}

QString SearchSql::details(Kind kind) const
{
    const bool fts = !matchFor(kind).isEmpty();
    const QString table = ftsTable(kind);
    const QString snippet = QStringLiteral("snippet(%1, %2, ?5, ?6, ?7, 24)")
                                .arg(table)
                                .arg(kind == Kind::Comment || kind == Kind::ThreadNote ? 0 : -1);
    const auto plain = [](const QString &text) {
        return QStringLiteral(
                   "substr(%1, 1, 240) || CASE WHEN length(%1) > 240 THEN ?7 ELSE '' END")
            .arg(text);
    };
    QString columns;
    QString key;
    switch (kind) {
    case Kind::Comment:
        columns = QStringLiteral("c.thread_id, t.title, c.source_id, c.author, c.created_at, %1, 0")
                      .arg(fts ? snippet : plain(QStringLiteral("c.body_text")));
        key = fts ? QStringLiteral("comments_fts.rowid") : QStringLiteral("c.id");
        break;
    case Kind::Thread:
    case Kind::ThreadNote:
        columns =
            QStringLiteral("t.id, t.title, '', t.author, t.created_at, %1, 0")
                .arg(fts ? snippet
                         : plain(QStringLiteral(
                               "CASE WHEN t.body_text <> '' THEN t.body_text ELSE t.title END")));
        key = fts ? table + QStringLiteral(".rowid") : QStringLiteral("t.id");
        break;
    case Kind::Annotation:
        columns =
            QStringLiteral("a.thread_id, t.title, a.comment_source_id, coalesce(c.author, ''), "
                           "c.created_at, %1, a.id")
                .arg(fts ? snippet
                         : plain(QStringLiteral("coalesce(nullif(a.note, ''), a.exact, '')")));
        key = fts ? table + QStringLiteral(".rowid") : QStringLiteral("a.id");
        break;
    }
    QString sql = QStringLiteral("SELECT ") + key + QStringLiteral(", ") + columns +
                  QStringLiteral(" FROM ") + from(kind) + QStringLiteral(" WHERE ");
    if (fts)
        sql += QStringLiteral("%1 MATCH ?%2 AND ").arg(table).arg(matchParameter(kind));
    // The range lets FTS5 walk one stretch of its rows once for the whole page: a query per
    // hit set up the match afresh each time, and for a prefix with no prefix index (th* in
    // threads_fts) that merges every matching term's rows: 45 ms a hit at 100 000 threads.
    // The unary + keeps the list from reaching FTS5 as "rowid = ?" once per listed row,
    // which would set the match up again for each.
    return sql + key + QStringLiteral(" BETWEEN ?8 AND ?9 AND +") + key +
           QStringLiteral(" IN (SELECT value FROM json_each(?10))");
}

bool SearchSql::matchHasPrefix(Kind kind) const
{
    return matchFor(kind).contains(QStringLiteral("\"*"));
}

void SearchSql::bind(SqliteStatement &statement, const QString &sql) const
{
    static const QRegularExpression parameterPattern(QStringLiteral("\\?(\\d+)"));
    QSet<int> used;
    for (const QRegularExpressionMatch &match : parameterPattern.globalMatch(sql))
        used.insert(match.captured(1).toInt());
    for (const Kind kind : {Kind::Comment, Kind::Thread, Kind::ThreadNote, Kind::Annotation}) {
        if (used.contains(matchParameter(kind)))
            statement.bind(matchParameter(kind), matchFor(kind));
    }
    if (used.contains(5))
        statement.bind(5, QString(matchStart));
    if (used.contains(6))
        statement.bind(6, QString(matchEnd));
    if (used.contains(7))
        statement.bind(7, QStringLiteral("…"));
    if (used.contains(excludedParameter))
        statement.bind(excludedParameter, m_query.excludedExpression);
    m_filters.bind(statement, used);
}

} // namespace Scholia
