#pragma once

#include "searchengine.h"
#include "searchquery.h"

#include <QSet>
#include <QString>

#include <vector>

namespace Scholia {

class SqliteStatement;

// The SQL of a query's filters, for SearchSql: the condition each filter puts on one kind
// of hit, the threads the filters confine the hits to, and the values, as parameters
// numbered from firstParameter, two per filter in the query's order.
class SearchFilterSql
{
public:
    // How a filter reads for one kind of hit: which columns stand for its thread, author and
    // date, and what "annotated", "orphaned" and "carries tag X" mean for it.
    struct Scope
    {
        QString threadId;
        QString author;
        QString created;
        QString annotated;
        QString orphaned;
        QString annotationTagged; // %1: the tag-name condition on `g`; empty: only thread tags
        QString rowid;            // the FTS row id when comments are read through comments_fts
        // "carries (or is) an annotation such that %1", %1 a condition on annotationId.
        QString carriesAnnotation;
        QString annotationId;
        // The row id of the comment whose author an author: filter compares, when the
        // comment is not what the hits are (an annotation's comment): the filter first
        // narrows it by comments_fts's author column. Empty: no narrowing.
        QString authorCommentRow;
    };

    // The FTS5 expression that matches text in the author column (comments_fts and
    // threads_fts index the author), or empty when text has nothing FTS5 indexes.
    static QString authorMatch(const QString &text);

    // throughFts: the rows of kind are read through its FTS table (comments_fts's row id
    // can be bounded; the threads' and notes' row id is the thread's id).
    static Scope scopeFor(SearchHit::Kind kind, bool throughFts);

    SearchFilterSql(const std::vector<SearchFilter> &filters, int firstParameter);

    // " AND …" with every filter's condition for scope, or empty without filters.
    QString conditions(const Scope &scope) const;
    // SELECT of the thread ids that thread:, site: and tag: allow (tags also through
    // annotations); empty when there is no such filter.
    QString candidateThreads() const;
    // Binds the filters' parameters that the statement uses.
    void bind(SqliteStatement &statement, const QSet<int> &used) const;

private:
    QString condition(const SearchFilter &filter, const Scope &scope, int parameter) const;
    static QString linkCondition(const SearchFilter &filter, const QString &annotationId,
                                 int parameter);

    std::vector<SearchFilter> m_filters;
    int m_firstParameter;
};

} // namespace Scholia
