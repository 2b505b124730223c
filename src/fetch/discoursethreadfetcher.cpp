#include "discoursethreadfetcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>

namespace Scholia {

namespace {

constexpr int postsPerRequest = 20; // Discourse's own chunk size

} // namespace

DiscourseThreadFetcher::DiscourseThreadFetcher(const ThreadAddress &address,
                                               const FetchPolicy &policy, QObject *parent)
    : SiteFetcher(address, policy, scopeFor(address), parent)
{
}

SiteScope DiscourseThreadFetcher::scopeFor(const ThreadAddress &address)
{
    SiteScope scope;
    scope.name = address.siteName();
    scope.hosts = {address.origin.host().toLower()};
    // Discourse's defaults for one address: 200 requests a minute, 50 in 10 seconds.
    scope.pause = std::chrono::milliseconds(500);
    return scope;
}

void DiscourseThreadFetcher::begin()
{
    const QString path =
        address().slug.isEmpty()
            ? QStringLiteral("/t/%1.json").arg(address().threadId)
            : QStringLiteral("/t/%1/%2.json").arg(address().slug, address().threadId);
    fetch(on(address().origin, path), QStringLiteral("topic-%1.json").arg(address().threadId),
          [this](const HttpResponse &r) { readTopic(r); });
}

void DiscourseThreadFetcher::readTopic(const HttpResponse &response)
{
    QJsonParseError error;
    m_topic = QJsonDocument::fromJson(response.body, &error).object();
    const QJsonObject stream = m_topic.value(QStringLiteral("post_stream")).toObject();
    if (error.error != QJsonParseError::NoError || !stream.contains(QStringLiteral("posts")))
        return fail(Error::of(tr("%1: the answer is not a Discourse topic (no post_stream)")
                                  .arg(response.url.toDisplayString())));
    for (const QJsonValue &id : stream.value(QStringLiteral("stream")).toArray())
        m_stream << qint64(id.toDouble());
    addPosts(stream.value(QStringLiteral("posts")).toArray());
    for (qint64 id : std::as_const(m_stream)) {
        if (!m_posts.contains(id))
            m_missing.push_back(id);
    }
    requestNextBatch();
}

void DiscourseThreadFetcher::addPosts(const QJsonArray &posts)
{
    for (const QJsonValue &value : posts) {
        const QJsonObject post = value.toObject();
        const qint64 id = qint64(post.value(QStringLiteral("id")).toDouble());
        if (id > 0)
            m_posts.insert(id, post);
    }
    emit commentsSoFar(int(m_posts.size()));
}

void DiscourseThreadFetcher::requestNextBatch()
{
    if (m_missing.empty())
        return finish();
    if (!mayRequestMore()) {
        m_budgetSpent = true;
        return finish();
    }
    QUrlQuery query;
    for (int i = 0; i < postsPerRequest && !m_missing.empty(); ++i) {
        query.addQueryItem(QStringLiteral("post_ids[]"), QString::number(m_missing.front()));
        m_missing.pop_front();
    }
    const QString path = QStringLiteral("/t/%1/posts.json?").arg(address().threadId) +
                         query.toString(QUrl::FullyEncoded);
    fetch(on(address().origin, path), QStringLiteral("posts.json"),
          [this](const HttpResponse &response) {
              QJsonParseError error;
              const QJsonObject body = QJsonDocument::fromJson(response.body, &error).object();
              if (error.error != QJsonParseError::NoError)
                  return fail(
                      Error::of(tr("%1: the answer is not JSON (%2)")
                                    .arg(response.url.toDisplayString(), error.errorString())));
              addPosts(body.value(QStringLiteral("post_stream"))
                           .toObject()
                           .value(QStringLiteral("posts"))
                           .toArray());
              requestNextBatch();
          });
}

void DiscourseThreadFetcher::finish()
{
    // Stream order, then any post the stream does not list, by post number.
    QJsonArray posts;
    QSet<qint64> placed;
    for (qint64 id : std::as_const(m_stream)) {
        if (const auto post = m_posts.constFind(id); post != m_posts.constEnd()) {
            posts.append(*post);
            placed.insert(id);
        }
    }
    std::vector<QJsonObject> others;
    for (auto it = m_posts.constBegin(); it != m_posts.constEnd(); ++it) {
        if (!placed.contains(it.key()))
            others.push_back(*it);
    }
    std::sort(others.begin(), others.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("post_number")).toDouble() <
               b.value(QStringLiteral("post_number")).toDouble();
    });
    for (const QJsonObject &post : others)
        posts.append(post);

    QJsonObject stream = m_topic.value(QStringLiteral("post_stream")).toObject();
    stream.insert(QStringLiteral("posts"), posts);
    QJsonObject topic = m_topic;
    topic.insert(QStringLiteral("post_stream"), stream);

    AssembledThread thread;
    thread.bytes = QJsonDocument(topic).toJson(QJsonDocument::Compact);
    thread.fileName = QStringLiteral("topic-%1.json").arg(address().threadId);
    thread.format = QStringLiteral("discourse");
    const int notHeld = int(std::count_if(m_stream.cbegin(), m_stream.cend(),
                                          [this](qint64 id) { return !m_posts.contains(id); }));
    if (m_budgetSpent)
        thread.notes << tr("stopped at the request limit (%1 requests): %n post(s) not fetched",
                           nullptr, notHeld)
                            .arg(policy().maxRequests);
    else if (notHeld > 0)
        thread.notes << tr("the forum did not return %n of the posts its stream lists (deleted "
                           "or hidden)",
                           nullptr, notHeld);
    succeed(std::move(thread));
}

} // namespace Scholia
