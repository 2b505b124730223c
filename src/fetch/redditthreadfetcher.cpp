#include "redditthreadfetcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

namespace Scholia {

namespace {

constexpr int idsPerMoreChildren = 100; // the most /api/morechildren takes at once

Result<QJsonDocument> parseJson(const HttpResponse &response)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::of(QCoreApplication::translate("Scholia::RedditThreadFetcher",
                                                     "%1: the response is not JSON (%2 at byte %3)")
                             .arg(response.url.toDisplayString(), error.errorString())
                             .arg(error.offset));
    return document;
}

} // namespace

RedditThreadFetcher::RedditThreadFetcher(const ThreadAddress &address, const FetchPolicy &policy,
                                         QObject *parent)
    : SiteFetcher(address, policy, scope(), parent),
      m_origin(QStringLiteral("https://www.reddit.com"))
{
}

SiteScope RedditThreadFetcher::scope()
{
    SiteScope scope;
    scope.name = QStringLiteral("Reddit");
    scope.hosts = {QStringLiteral("*.reddit.com"), QStringLiteral("redd.it")};
    scope.pause = std::chrono::milliseconds(6000); // 10 a minute without OAuth
    scope.readsRateLimitHeaders = true;
    return scope;
}

QString RedditThreadFetcher::sortParameter() const
{
    return m_sort.isEmpty() ? QStringLiteral("confidence") : m_sort;
}

void RedditThreadFetcher::begin()
{
    m_postId = address().threadId;
    // raw_json stays off: the importer expects body_html entity-escaped, as browsers get it.
    fetch(on(m_origin, QStringLiteral("/comments/%1.json?limit=500").arg(m_postId)),
          QStringLiteral("comments.json"), [this](const HttpResponse &r) { readThreadPage(r); });
}

void RedditThreadFetcher::readThreadPage(const HttpResponse &response)
{
    auto json = parseJson(response);
    if (!json)
        return fail(json.error());
    const QJsonArray listings = json->array();
    const QJsonObject post = listings.at(0)
                                 .toObject()
                                 .value(QStringLiteral("data"))
                                 .toObject()
                                 .value(QStringLiteral("children"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    if (listings.size() < 2 || post.value(QStringLiteral("kind")).toString() != QLatin1String("t3"))
        return fail(Error::of(tr("%1: Reddit's answer is not a thread (expected its post and "
                                 "its comments)")
                                  .arg(response.url.toDisplayString())));
    const QJsonObject postData = post.value(QStringLiteral("data")).toObject();
    m_postId = postData.value(QStringLiteral("id")).toString(m_postId);
    m_sort = postData.value(QStringLiteral("suggested_sort")).toString();
    m_postListing = listings.at(0);
    m_forest = std::make_unique<RedditCommentForest>(QStringLiteral("t3_") + m_postId);
    const QJsonArray comments = listings.at(1)
                                    .toObject()
                                    .value(QStringLiteral("data"))
                                    .toObject()
                                    .value(QStringLiteral("children"))
                                    .toArray();
    if (auto added = m_forest->addNested(comments, QStringLiteral("t3_") + m_postId); !added)
        return fail(added.error());
    emit commentsSoFar(m_forest->commentCount());
    planRound();
    nextRequest();
}

// Every stub open now, as requests: ids in chunks of 100, continuations one by one.
void RedditThreadFetcher::planRound()
{
    for (const RedditCommentForest::Stub &stub : m_forest->stubs()) {
        if (m_triedStubs.contains(stub.key))
            continue;
        m_triedStubs.insert(stub.key);
        if (stub.isContinuation()) {
            m_continuations.push_back(stub);
            continue;
        }
        for (qsizetype i = 0; i < stub.childIds.size(); i += idsPerMoreChildren)
            m_chunks.push_back({stub.key, stub.childIds.mid(i, idsPerMoreChildren),
                                i + idsPerMoreChildren >= stub.childIds.size()});
    }
}

void RedditThreadFetcher::nextRequest()
{
    if (m_chunks.empty() && m_continuations.empty())
        planRound(); // stubs the last responses brought
    if (m_chunks.empty() && m_continuations.empty())
        return finish();
    if (!mayRequestMore()) {
        m_budgetSpent = true;
        return finish();
    }
    if (!m_chunks.empty())
        return requestMoreChildren();
    const RedditCommentForest::Stub stub = m_continuations.front();
    m_continuations.pop_front();
    requestContinuation(stub);
}

void RedditThreadFetcher::requestMoreChildren()
{
    QStringList ids;
    std::vector<Chunk> taken;
    while (!m_chunks.empty() && ids.size() + m_chunks.front().ids.size() <= idsPerMoreChildren) {
        ids += m_chunks.front().ids;
        taken.push_back(std::move(m_chunks.front()));
        m_chunks.pop_front();
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api_type"), QStringLiteral("json"));
    query.addQueryItem(QStringLiteral("link_id"), QStringLiteral("t3_") + m_postId);
    query.addQueryItem(QStringLiteral("children"), ids.join(QLatin1Char(',')));
    query.addQueryItem(QStringLiteral("limit_children"), QStringLiteral("false"));
    query.addQueryItem(QStringLiteral("sort"), sortParameter());
    const QString path =
        QStringLiteral("/api/morechildren.json?") + query.toString(QUrl::FullyEncoded);
    fetch(on(m_origin, path), QStringLiteral("morechildren.json"),
          [this, ids, taken = std::move(taken)](const HttpResponse &response) {
              auto json = parseJson(response);
              if (!json)
                  return fail(json.error());
              const QJsonObject body = json->object().value(QStringLiteral("json")).toObject();
              const QJsonArray errors = body.value(QStringLiteral("errors")).toArray();
              if (!errors.isEmpty())
                  return fail(Error::of(tr("%1: Reddit answered with errors: %2")
                                            .arg(response.url.toDisplayString(),
                                                 QString::fromUtf8(QJsonDocument(errors).toJson(
                                                     QJsonDocument::Compact)))));
              const QJsonArray things = body.value(QStringLiteral("data"))
                                            .toObject()
                                            .value(QStringLiteral("things"))
                                            .toArray();
              if (auto added = m_forest->addFlat(things); !added)
                  return fail(added.error());
              for (const Chunk &chunk : taken) {
                  if (chunk.lastOfStub)
                      m_forest->removeStub(chunk.stubKey);
              }
              for (const QString &id : ids)
                  m_requestedIds.insert(id);
              emit commentsSoFar(m_forest->commentCount());
              nextRequest();
          });
}

void RedditThreadFetcher::requestContinuation(const RedditCommentForest::Stub &stub)
{
    QString parent = stub.parentFullname;
    if (!parent.startsWith(QLatin1String("t1_"))) {
        m_forest->removeStub(stub.key); // a link to the thread itself: nothing more there
        return nextRequest();
    }
    parent = parent.mid(3);
    const QString path = QStringLiteral("/comments/%1/_/%2.json?limit=500&sort=%3")
                             .arg(m_postId, parent, sortParameter());
    fetch(on(m_origin, path), QStringLiteral("continue-%1.json").arg(parent),
          [this, stub](const HttpResponse &response) {
              auto json = parseJson(response);
              if (!json)
                  return fail(json.error());
              const QJsonArray comments = json->array()
                                              .at(1)
                                              .toObject()
                                              .value(QStringLiteral("data"))
                                              .toObject()
                                              .value(QStringLiteral("children"))
                                              .toArray();
              // The page starts at the parent comment (held already): its replies are new.
              m_forest->removeStub(stub.key);
              if (auto added = m_forest->addNested(comments, stub.parentFullname); !added)
                  return fail(added.error());
              emit commentsSoFar(m_forest->commentCount());
              nextRequest();
          });
}

void RedditThreadFetcher::finish()
{
    AssembledThread thread;
    thread.fileName = QStringLiteral("comments.json");
    thread.format = QStringLiteral("reddit-json");
    const QJsonObject comments{
        {QStringLiteral("kind"), QStringLiteral("Listing")},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("children"), m_forest->flattened()},
                                             {QStringLiteral("after"), QJsonValue::Null},
                                             {QStringLiteral("before"), QJsonValue::Null}}}};
    thread.bytes =
        QJsonDocument(QJsonArray{m_postListing, comments}).toJson(QJsonDocument::Compact);
    const std::vector<RedditCommentForest::Stub> stubs = m_forest->stubs();
    const int stubsLeft = int(stubs.size());
    QSet<QString> stillListed;
    for (const RedditCommentForest::Stub &stub : stubs)
        for (const QString &id : stub.childIds)
            stillListed.insert(id);
    int idsNotReturned = 0;
    for (const QString &id : std::as_const(m_requestedIds))
        if (!m_forest->holds(id) && !stillListed.contains(id))
            ++idsNotReturned;
    if (m_budgetSpent && stubsLeft > 0)
        thread.notes
            << tr("stopped at the request limit (%1 requests): %n \"more\" stub(s) were not "
                  "expanded",
                  nullptr, stubsLeft)
                   .arg(policy().maxRequests);
    else if (stubsLeft > 0)
        thread.notes << tr("Reddit kept %n \"more\" stub(s) it would not expand", nullptr,
                           stubsLeft);
    if (idsNotReturned > 0)
        thread.notes << tr("Reddit did not return %n of the comments its stubs listed (deleted, "
                           "removed or hidden)",
                           nullptr, idsNotReturned);
    succeed(std::move(thread));
}

} // namespace Scholia
