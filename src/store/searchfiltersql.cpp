#include "searchfiltersql.h"

#include "sqlitestatement.h"
#include "tagresolver.h"

#include <QTimeZone>

#include <algorithm>

namespace Scholia {

namespace {

using Kind = SearchHit::Kind;

// is:incomplete: the threads whose latest save lacks something (SaveGaps, schema v4).
const QString incompleteThreads = QStringLiteral(
    "SELECT id FROM threads WHERE missing_comments > 0 OR uncounted_gaps > 0");

} // namespace

QString SearchFilterSql::authorMatch(const QString &text)
{
    const bool searchable = std::any_of(text.begin(), text.end(), [](const QChar c) {
        return c.isLetterOrNumber() || c.isSurrogate();
    });
    if (!searchable)
        return {};
    QString literal = text;
    literal.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QStringLiteral("author : \"") + literal + QLatin1Char('"');
}

SearchFilterSql::SearchFilterSql(const std::vector<SearchFilter> &filters, int firstParameter)
    : m_filters(filters), m_firstParameter(firstParameter)
{
}

QString SearchFilterSql::candidateThreads() const
{
    QStringList sets;
    int p = m_firstParameter;
    for (const SearchFilter &filter : m_filters) {
        const QString tagName =
            QStringLiteral("(g.name = ?%1 COLLATE NOCASE OR g.name LIKE ?%2 ESCAPE '\\')")
                .arg(p)
                .arg(p + 1);
        switch (filter.kind) {
        case SearchFilter::Kind::Thread:
            sets << QStringLiteral("SELECT id FROM threads WHERE id = ?%1").arg(p);
            break;
        case SearchFilter::Kind::Site:
            sets << QStringLiteral("SELECT id FROM threads WHERE site = ?%1 COLLATE NOCASE OR site "
                                   "LIKE ?%2 ESCAPE '\\'")
                        .arg(p)
                        .arg(p + 1);
            break;
        case SearchFilter::Kind::Tag:
            // A comment carries a tag through its thread or through an annotation on it.
            sets << QStringLiteral(
                        "SELECT tt.thread_id FROM thread_tags tt JOIN tags g ON g.id = tt.tag_id "
                        "WHERE %1 "
                        "UNION SELECT x.thread_id FROM annotations x JOIN annotation_tags xt ON "
                        "xt.annotation_id = x.id JOIN tags g ON g.id = xt.tag_id WHERE %1")
                        .arg(tagName);
            break;
        case SearchFilter::Kind::Incomplete:
            sets << incompleteThreads;
            break;
        default:
            break;
        }
        p += 2;
    }
    return sets.join(QStringLiteral(" INTERSECT "));
}

QString SearchFilterSql::condition(const SearchFilter &filter, const Scope &scope, int p) const
{
    const QString value = QStringLiteral("?%1").arg(p);
    const QString pattern = QStringLiteral("?%1").arg(p + 1);
    const QString tagName =
        QStringLiteral("(g.name = %1 COLLATE NOCASE OR g.name LIKE %2 ESCAPE '\\')")
            .arg(value, pattern);
    switch (filter.kind) {
    case SearchFilter::Kind::Author: {
        const QString exact =
            scope.author + QStringLiteral(" = ") + value + QStringLiteral(" COLLATE NOCASE");
        if (scope.authorCommentRow.isEmpty() || authorMatch(filter.text).isEmpty())
            return exact;
        // The author's comments that carry an annotation, from the index: comparing the
        // author of every annotation's comment read 25 000 comment rows scattered over
        // a library of 10 000 000 comments. The annotations' list is inside the subquery
        // so that SQLite does not read a comment row for each of the author's comments.
        return scope.authorCommentRow +
               QStringLiteral(" IN (SELECT rowid FROM comments_fts WHERE comments_fts MATCH %1 "
                              "AND +rowid IN (SELECT comment_id FROM annotations)) AND ")
                   .arg(pattern) +
               exact;
    }
    case SearchFilter::Kind::Site:
        return QStringLiteral("(t.site = %1 COLLATE NOCASE OR t.site LIKE %2 ESCAPE '\\')")
            .arg(value, pattern);
    case SearchFilter::Kind::Tag: {
        const QString threadTagged =
            scope.threadId + QStringLiteral(" IN (SELECT tt.thread_id FROM thread_tags tt JOIN "
                                            "tags g ON g.id = tt.tag_id WHERE %1)")
                                 .arg(tagName);
        if (scope.annotationTagged.isEmpty())
            return threadTagged;
        return QLatin1Char('(') + threadTagged + QStringLiteral(" OR ") +
               scope.annotationTagged.arg(tagName) + QLatin1Char(')');
    }
    case SearchFilter::Kind::Thread: {
        QString sql = scope.threadId + QStringLiteral(" = ") + value;
        // Comments of a thread are saved together, so their row ids are (nearly) one
        // range: bounding the FTS walk by it skips the other threads' matches.
        if (!scope.rowid.isEmpty())
            sql += QStringLiteral(
                       " AND %1 BETWEEN (SELECT min(id) FROM comments WHERE thread_id = %2) "
                       "AND (SELECT max(id) FROM comments WHERE thread_id = %2)")
                       .arg(scope.rowid, value);
        return sql;
    }
    case SearchFilter::Kind::Before:
        return scope.created + QStringLiteral(" < ") + value;
    case SearchFilter::Kind::After:
        return scope.created + QStringLiteral(" >= ") + value;
    case SearchFilter::Kind::Annotated:
        return scope.annotated;
    case SearchFilter::Kind::Orphaned:
        return scope.orphaned;
    case SearchFilter::Kind::Incomplete:
        return scope.threadId + QStringLiteral(" IN (") + incompleteThreads + QLatin1Char(')');
    case SearchFilter::Kind::Rebutted:
    case SearchFilter::Kind::Unanswered:
    case SearchFilter::Kind::Link:
        return scope.carriesAnnotation.arg(linkCondition(filter, scope.annotationId, p));
    }
    return {};
}

// The argument filters, as a condition on one annotation's id. Links are few beside
// comments, so each reads the links table whole rather than per annotation.
QString SearchFilterSql::linkCondition(const SearchFilter &filter, const QString &annotationId,
                                       int p)
{
    switch (filter.kind) {
    case SearchFilter::Kind::Rebutted:
        return annotationId + QStringLiteral(" IN (SELECT l.to_annotation_id FROM annotation_links "
                                             "l WHERE l.kind = 'rebuts')");
    case SearchFilter::Kind::Unanswered:
        // "An asks with no answers": the annotation is a question — the source of an
        // "asks" link — and no annotation answers it: it is the target of no "answers"
        // link. (What the question asks about may well be answered by others; the
        // question itself is what waits for an answer.)
        return annotationId +
               QStringLiteral(" IN (SELECT q.from_annotation_id FROM annotation_links q "
                              "WHERE q.kind = 'asks' AND NOT EXISTS (SELECT 1 FROM "
                              "annotation_links r WHERE r.kind = 'answers' "
                              "AND r.to_annotation_id = q.from_annotation_id))");
    case SearchFilter::Kind::Link:
        return annotationId + QStringLiteral(" IN (SELECT l.from_annotation_id FROM "
                                             "annotation_links l WHERE l.kind = ?%1 UNION "
                                             "SELECT l.to_annotation_id FROM annotation_links l "
                                             "WHERE l.kind = ?%1)")
                                  .arg(p);
    default:
        return {};
    }
}

QString SearchFilterSql::conditions(const Scope &scope) const
{
    QStringList sql;
    int parameter = m_firstParameter;
    for (const SearchFilter &filter : m_filters) {
        sql << condition(filter, scope, parameter);
        parameter += 2;
    }
    return sql.isEmpty() ? QString() : QStringLiteral(" AND ") + sql.join(QStringLiteral(" AND "));
}

void SearchFilterSql::bind(SqliteStatement &statement, const QSet<int> &used) const
{
    int p = m_firstParameter;
    for (const SearchFilter &filter : m_filters) {
        switch (filter.kind) {
        case SearchFilter::Kind::Author:
            if (used.contains(p))
                statement.bind(p, filter.text);
            if (used.contains(p + 1))
                statement.bind(p + 1, authorMatch(filter.text));
            break;
        case SearchFilter::Kind::Site:
        case SearchFilter::Kind::Tag:
            if (used.contains(p))
                statement.bind(p, filter.text);
            if (used.contains(p + 1))
                statement.bind(p + 1, TagResolver::childrenPattern(filter.text));
            break;
        case SearchFilter::Kind::Thread:
            if (used.contains(p))
                statement.bind(p, filter.number);
            break;
        case SearchFilter::Kind::Before:
        case SearchFilter::Kind::After:
            if (used.contains(p))
                statement.bind(p, filter.date.startOfDay(QTimeZone::utc()).toSecsSinceEpoch());
            break;
        case SearchFilter::Kind::Link:
            if (used.contains(p))
                statement.bind(p, filter.text);
            break;
        case SearchFilter::Kind::Annotated:
        case SearchFilter::Kind::Orphaned:
        case SearchFilter::Kind::Incomplete:
        case SearchFilter::Kind::Rebutted:
        case SearchFilter::Kind::Unanswered:
            break;
        }
        p += 2;
    }
}

SearchFilterSql::Scope SearchFilterSql::scopeFor(Kind kind, bool fts)
{
    // The annotated comments' row ids, from the annotations alone (schema v8). Through
    // comments_fts the unary + makes it a list each match is looked up in: without it,
    // SQLite sets the match up again for each listed row id (3.0 s against 0.3 s for
    // "is:annotated people" at 10 000 000 comments). Without words, c is read by row id.
    const QString annotatedRow =
        QStringLiteral("%1 IN (SELECT x.comment_id FROM annotations x%2)");
    const QString commentRow =
        fts ? QStringLiteral("+comments_fts.rowid") : QStringLiteral("c.id");
    const QString orphan = QStringLiteral(" AND x.anchor_state = 2");
    // Through comments_fts every match of the words is looked up: in a sorted array
    // rather than in SQLite's ephemeral index of the same list (AnnotatedCommentSet).
    const QString annotated = fts ? QStringLiteral("annotated_comment(comments_fts.rowid, 0)")
                                  : annotatedRow.arg(commentRow, QString());
    const QString orphaned =
        fts ? QStringLiteral("annotated_comment(comments_fts.rowid, 1)")
            : annotatedRow.arg(commentRow, QStringLiteral(" WHERE x.anchor_state = 2"));
    switch (kind) {
    case Kind::Comment:
        return {QStringLiteral("c.thread_id"),
                QStringLiteral("c.author"),
                QStringLiteral("c.created_at"),
                annotated,
                orphaned,
                // A list made once, not a look-up of the comment's annotations per match.
                QStringLiteral("c.id IN (SELECT x.comment_id FROM annotations x JOIN "
                               "annotation_tags xt ON xt.annotation_id = x.id JOIN tags g ON "
                               "g.id = xt.tag_id WHERE %1)"),
                fts ? QStringLiteral("comments_fts.rowid") : QString(),
                annotatedRow.arg(commentRow, QStringLiteral(" WHERE %1")),
                QStringLiteral("x.id")};
    case Kind::Thread:
    case Kind::ThreadNote: {
        // Through the FTS table its row id is the thread's id: a tag:, thread: or
        // is:annotated filter then reads no thread row ("tag:topic the" read 3 525 of
        // them to count the thread hits at 100 000 threads: 128 against 17 ms in the
        // shell; "is:annotated people" 2 236: 49 against 2 ms). The unary + keeps a list
        // from reaching FTS5 as one "rowid = ?" per thread.
        const QString thread =
            fts ? QStringLiteral("+%1.rowid")
                      .arg(kind == Kind::Thread ? QStringLiteral("threads_fts")
                                                : QStringLiteral("thread_notes_fts"))
                : QStringLiteral("t.id");
        const QString threadAnnotation =
            QStringLiteral("EXISTS (SELECT 1 FROM annotations x WHERE x.thread_id = ") + thread +
            QStringLiteral("%1)");
        return {thread,
                QStringLiteral("t.author"),
                QStringLiteral("t.created_at"),
                threadAnnotation.arg(QString()),
                threadAnnotation.arg(orphan),
                QString(),
                QString(),
                threadAnnotation.arg(QStringLiteral(" AND %1")),
                QStringLiteral("x.id")};
    }
    case Kind::Annotation:
        return {
            QStringLiteral("a.thread_id"),
            QStringLiteral("c.author"),
            QStringLiteral("c.created_at"),
            QStringLiteral("1"),
            QStringLiteral("a.anchor_state = 2"),
            QStringLiteral(
                "a.id IN (SELECT xt.annotation_id FROM annotation_tags xt JOIN tags g ON g.id = "
                "xt.tag_id WHERE %1)"),
            QString(),
            QStringLiteral("%1"),
            QStringLiteral("a.id"),
            QStringLiteral("a.comment_id")};
    }
    return {};
}

} // namespace Scholia
