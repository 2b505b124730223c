#pragma once

// One complete Discourse topic served the way Discourse serves it, for the fetch tests.

#include "localhttpserver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Scholia {

// A forum serving one complete topic the way Discourse does.
class DiscourseTestSite
{
public:
    explicit DiscourseTestSite(const QByteArray &json)
        : m_topic(QJsonDocument::fromJson(json).object())
    {
        QJsonObject stream = m_topic.value(QStringLiteral("post_stream")).toObject();
        const QJsonArray posts = stream.value(QStringLiteral("posts")).toArray();
        QJsonArray ids;
        for (const QJsonValue &post : posts) {
            const qint64 id = qint64(post.toObject().value(QStringLiteral("id")).toDouble());
            m_posts.insert(id, post.toObject());
            ids.append(id);
        }
        if (!stream.contains(QStringLiteral("stream"))) {
            stream.insert(QStringLiteral("stream"), ids);
            m_topic.insert(QStringLiteral("post_stream"), stream);
        }
        m_stream = stream.value(QStringLiteral("stream")).toArray();
    }

    QString topicId() const
    {
        return QString::number(qint64(m_topic.value(QStringLiteral("id")).toDouble()));
    }
    QString slug() const { return m_topic.value(QStringLiteral("slug")).toString(); }
    int postCount() const { return int(m_stream.size()); }
    QList<int> batchSizes;
    QSet<qint64> hidden; // posts the forum will not return

    // What a browser saving t/slug/ID.json gets: the first 20 posts, every id.
    QByteArray firstPage() const
    {
        QJsonObject topic = m_topic;
        QJsonObject stream = topic.value(QStringLiteral("post_stream")).toObject();
        QJsonArray first;
        for (qsizetype i = 0; i < std::min<qsizetype>(20, m_stream.size()); ++i)
            first.append(m_posts.value(qint64(m_stream.at(i).toDouble())));
        stream.insert(QStringLiteral("posts"), first);
        topic.insert(QStringLiteral("post_stream"), stream);
        return QJsonDocument(topic).toJson(QJsonDocument::Compact);
    }

    LocalHttpServer::Reply handle(const LocalHttpServer::Request &request)
    {
        if (request.path == QStringLiteral("/t/%1/%2.json").arg(slug(), topicId()) ||
            request.path == QStringLiteral("/t/%1.json").arg(topicId()))
            return LocalHttpServer::Reply::json(firstPage());
        if (request.path == QStringLiteral("/t/%1/posts.json").arg(topicId())) {
            QJsonArray posts;
            const QStringList ids = request.query.allQueryItemValues(QStringLiteral("post_ids[]"));
            batchSizes << int(ids.size());
            for (const QString &id : ids)
                if (m_posts.contains(id.toLongLong()) && !hidden.contains(id.toLongLong()))
                    posts.append(m_posts.value(id.toLongLong()));
            const QJsonObject body{
                {QStringLiteral("post_stream"), QJsonObject{{QStringLiteral("posts"), posts}}},
                {QStringLiteral("id"), topicId().toLongLong()}};
            return LocalHttpServer::Reply::json(QJsonDocument(body).toJson(QJsonDocument::Compact));
        }
        return LocalHttpServer::Reply::withStatus(404);
    }

private:
    QJsonObject m_topic;
    QJsonArray m_stream;
    QHash<qint64, QJsonObject> m_posts;
};

} // namespace Scholia
