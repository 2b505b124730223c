#pragma once

#include "core/result.h"
#include "core/topicpassage.h"
#include "core/topictagcount.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

namespace Scholia {

class SqliteDatabase;

// The topic view's queries across the whole library, on the library's connection
// (ThreadStore::database()): how many passages each tag gathers, and the passages
// themselves. A topic is a tag with everything below it: "economics" gathers
// "economics/trade" but not "economicsx". Names are compared ignoring ASCII case, as
// everywhere else tags are looked up.
class TopicStore
{
    Q_DECLARE_TR_FUNCTIONS(TopicStore)

public:
    // A whole-comment annotation shows the comment's text up to about this many characters.
    static constexpr qsizetype quoteLimit = 500;

    explicit TopicStore(SqliteDatabase &db);

    // Every tag and every name segment above tags, parents right before their children
    // (as TagStore::list orders them), each with the annotations carrying it directly and
    // those carrying it or anything below it, an annotation counted once per node.
    Result<std::vector<TopicTagCount>> tagCounts() const;

    // Every annotation carrying tagName or a tag below it, across all threads. Empty when
    // there is no such tag (tagCounts() tells whether there is one).
    Result<std::vector<TopicPassage>> passages(const QString &tagName, TopicSort sort) const;

    // The passages these annotations mark, wherever they are, ordered as TopicSort::Thread
    // orders them; ids that name no annotation are left out.
    Result<std::vector<TopicPassage>> passagesOf(const QList<qint64> &annotationIds) const;

    // text cut to about quoteLimit characters at a word boundary, with an ellipsis.
    static QString capped(const QString &text);

private:
    SqliteDatabase &m_db;
};

} // namespace Scholia
