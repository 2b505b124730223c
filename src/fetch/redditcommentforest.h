#pragma once

#include "core/result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace Scholia {

// The comments of one Reddit thread gathered from several responses (the thread's page,
// /api/morechildren, "continue this thread" pages): each comment once, under its parent,
// in the site's order, with the "more" stubs not yet expanded. Written out as one flat
// Listing in pre-order whose comments name their parent (parent_id), which the Reddit
// JSON importer reads like a nested one.
class RedditCommentForest
{
public:
    // A "more" stub: ids to ask /api/morechildren for, or (no ids) a "continue this
    // thread" link to the parent comment's own page.
    struct Stub
    {
        QString key; // unique within the forest
        QString parentFullname;
        QStringList childIds;
        int count = 0;
        bool isContinuation() const { return childIds.isEmpty(); }
    };

    explicit RedditCommentForest(QString postFullname);

    // A nested Listing's children, as a thread page has them, under parentFullname.
    // Comments already held are not added again, but their replies are read.
    Result<void> addNested(const QJsonArray &children, const QString &parentFullname);
    // /api/morechildren's things: flat, each naming its parent.
    Result<void> addFlat(const QJsonArray &things);
    void removeStub(const QString &key);

    std::vector<Stub> stubs() const; // in thread order
    bool holds(const QString &commentId) const;
    int commentCount() const { return m_commentCount; }
    // Every comment (replies emptied) and remaining stub, in pre-order.
    QJsonArray flattened() const;

private:
    struct Entry
    {
        QJsonObject thing; // {"kind": ..., "data": {...}}
        bool isStub = false;
    };
    void append(const QString &parentFullname, const QString &key, Entry entry);
    QString addStub(QJsonObject data, const QString &parentFullname);

    QString m_postFullname;
    QHash<QString, std::vector<QString>> m_children; // parent fullname → entry keys in order
    QHash<QString, Entry> m_entries;                 // key (comment fullname or stub key)
    int m_commentCount = 0;
    int m_stubSerial = 0;
};

} // namespace Scholia
