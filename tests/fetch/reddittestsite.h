#pragma once

// Reddit's JSON interface as a LocalHttpServer handler, serving one complete thread the
// way Reddit serves a big one: the thread page with "more" stubs (ids to ask
// /api/morechildren for) and "continue this thread" stubs (count 0, a page of their own),
// morechildren answers that bring new stubs again, and the continuation pages. The
// complete thread comes from any Reddit JSON file (its own "more" stubs are dropped:
// what they stood for was never saved). Recursion is fine here: test threads are shallow
// next to the stack.

#include "localhttpserver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace Scholia {

class RedditTestSite
{
public:
    // Cuts: the post's replies after the first topLevelShown go behind one stub; a
    // depth-1 comment's replies after the first two behind another; every comment at
    // continueDepth keeps its replies on a "continue this thread" page.
    int topLevelShown = 8;
    int continueDepth = 3;

    explicit RedditTestSite(const QByteArray &json)
    {
        const QJsonArray listings = QJsonDocument::fromJson(json).array();
        m_postListing = listings.at(0).toObject();
        m_postId = m_postListing.value(QStringLiteral("data"))
                       .toObject()
                       .value(QStringLiteral("children"))
                       .toArray()
                       .at(0)
                       .toObject()
                       .value(QStringLiteral("data"))
                       .toObject()
                       .value(QStringLiteral("id"))
                       .toString();
        read(listings.at(1).toObject(), QStringLiteral("t3_") + m_postId);
    }

    QString postId() const { return m_postId; }
    int commentCount() const { return int(m_data.size()); }
    QStringList moreChildrenRequests;

    QByteArray completeFile() const
    {
        QJsonArray top;
        for (const QString &id : m_children.value(QStringLiteral("t3_") + m_postId))
            top.append(nested(id, -1));
        return QJsonDocument(QJsonArray{m_postListing, listing(top)})
            .toJson(QJsonDocument::Compact);
    }

    LocalHttpServer::Reply handle(const LocalHttpServer::Request &request)
    {
        if (request.path == QStringLiteral("/comments/%1.json").arg(m_postId))
            return LocalHttpServer::Reply::json(page());
        if (request.path == QLatin1String("/api/morechildren.json")) {
            moreChildrenRequests << request.query.queryItemValue(QStringLiteral("children"));
            return LocalHttpServer::Reply::json(moreChildren(
                request.query.queryItemValue(QStringLiteral("children")).split(QLatin1Char(','))));
        }
        const QString prefix = QStringLiteral("/comments/%1/_/").arg(m_postId);
        if (request.path.startsWith(prefix) && request.path.endsWith(QLatin1String(".json"))) {
            const QString id = request.path.mid(prefix.size()).chopped(5);
            if (!m_data.contains(id))
                return LocalHttpServer::Reply::withStatus(404);
            const QJsonArray comments{nested(id, -1)};
            return LocalHttpServer::Reply::json(
                QJsonDocument(QJsonArray{m_postListing, listing(comments)})
                    .toJson(QJsonDocument::Compact));
        }
        return LocalHttpServer::Reply::withStatus(404);
    }

private:
    static QJsonObject listing(const QJsonArray &children)
    {
        return {{QStringLiteral("kind"), QStringLiteral("Listing")},
                {QStringLiteral("data"), QJsonObject{{QStringLiteral("children"), children}}}};
    }

    void read(const QJsonObject &listingObject, const QString &parent)
    {
        for (const QJsonValue &value : listingObject.value(QStringLiteral("data"))
                                           .toObject()
                                           .value(QStringLiteral("children"))
                                           .toArray()) {
            const QJsonObject thing = value.toObject();
            if (thing.value(QStringLiteral("kind")).toString() != QLatin1String("t1"))
                continue;
            QJsonObject data = thing.value(QStringLiteral("data")).toObject();
            const QString id = data.value(QStringLiteral("id")).toString();
            const QJsonValue replies = data.value(QStringLiteral("replies"));
            data.insert(QStringLiteral("replies"), QString());
            data.insert(QStringLiteral("parent_id"), parent);
            m_data.insert(id, data);
            m_children[parent].append(id);
            if (replies.isObject())
                read(replies.toObject(), QStringLiteral("t1_") + id);
        }
    }

    QJsonObject thing(const QString &id) const
    {
        return {{QStringLiteral("kind"), QStringLiteral("t1")},
                {QStringLiteral("data"), m_data.value(id)}};
    }

    int subtreeSize(const QString &id) const
    {
        int size = 1;
        for (const QString &child : m_children.value(QStringLiteral("t1_") + id))
            size += subtreeSize(child);
        return size;
    }

    QJsonObject stub(const QString &parent, const QStringList &ids, int depth) const
    {
        int count = 0;
        for (const QString &id : ids)
            count += subtreeSize(id);
        const QString first = ids.isEmpty() ? QStringLiteral("_") : ids.first();
        return {{QStringLiteral("kind"), QStringLiteral("more")},
                {QStringLiteral("data"),
                 QJsonObject{{QStringLiteral("count"), count},
                             {QStringLiteral("name"), QStringLiteral("t1_") + first},
                             {QStringLiteral("id"), first},
                             {QStringLiteral("parent_id"), parent},
                             {QStringLiteral("depth"), depth},
                             {QStringLiteral("children"), QJsonArray::fromStringList(ids)}}}};
    }

    // The comment with its replies nested; depth >= 0 applies the page's cuts.
    QJsonObject nested(const QString &id, int depth) const
    {
        QJsonObject data = m_data.value(id);
        const QStringList children = m_children.value(QStringLiteral("t1_") + id);
        if (children.isEmpty())
            return thing(id);
        QJsonArray replies;
        if (depth >= 0 && depth == continueDepth) {
            replies.append(stub(QStringLiteral("t1_") + id, {}, depth + 1));
        } else {
            const qsizetype shown =
                depth == 1 ? std::min<qsizetype>(2, children.size()) : children.size();
            for (qsizetype i = 0; i < shown; ++i)
                replies.append(nested(children[i], depth < 0 ? -1 : depth + 1));
            if (shown < children.size())
                replies.append(stub(QStringLiteral("t1_") + id, children.mid(shown), depth + 1));
        }
        data.insert(QStringLiteral("replies"), listing(replies));
        return {{QStringLiteral("kind"), QStringLiteral("t1")}, {QStringLiteral("data"), data}};
    }

    QByteArray page() const
    {
        const QString post = QStringLiteral("t3_") + m_postId;
        const QStringList top = m_children.value(post);
        QJsonArray children;
        for (qsizetype i = 0; i < std::min<qsizetype>(topLevelShown, top.size()); ++i)
            children.append(nested(top[i], 0));
        if (top.size() > topLevelShown)
            children.append(stub(post, top.mid(topLevelShown), 0));
        return QJsonDocument(QJsonArray{m_postListing, listing(children)})
            .toJson(QJsonDocument::Compact);
    }

    // Each asked-for comment flat, with its replies; their replies behind new stubs.
    QByteArray moreChildren(const QStringList &ids) const
    {
        QJsonArray things;
        for (const QString &id : ids) {
            if (!m_data.contains(id))
                continue;
            things.append(thing(id));
            for (const QString &reply : m_children.value(QStringLiteral("t1_") + id)) {
                things.append(thing(reply));
                const QStringList deeper = m_children.value(QStringLiteral("t1_") + reply);
                if (!deeper.isEmpty())
                    things.append(stub(QStringLiteral("t1_") + reply, deeper, 0));
            }
        }
        const QJsonObject body{{QStringLiteral("json"),
                                QJsonObject{{QStringLiteral("errors"), QJsonArray()},
                                            {QStringLiteral("data"),
                                             QJsonObject{{QStringLiteral("things"), things}}}}}};
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    QJsonObject m_postListing;
    QString m_postId;
    QHash<QString, QJsonObject> m_data;     // comment id → data, replies emptied
    QHash<QString, QStringList> m_children; // parent fullname → comment ids in order
};

} // namespace Scholia
