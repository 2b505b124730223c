#include "hackernewsthreadfetcher.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Scholia {

namespace {

const QUrl algoliaOrigin(QStringLiteral("https://hn.algolia.com"));
const QUrl firebaseOrigin(QStringLiteral("https://hacker-news.firebaseio.com"));

int countAlgoliaComments(const QJsonObject &root)
{
    int count = 0;
    std::vector<QJsonArray> pending{root.value(QStringLiteral("children")).toArray()};
    while (!pending.empty()) {
        const QJsonArray children = std::move(pending.back());
        pending.pop_back();
        for (const QJsonValue &child : children) {
            ++count;
            pending.push_back(child.toObject().value(QStringLiteral("children")).toArray());
        }
    }
    return count;
}

} // namespace

HackerNewsThreadFetcher::HackerNewsThreadFetcher(const ThreadAddress &address,
                                                 const FetchPolicy &policy, QObject *parent)
    : SiteFetcher(address, policy, scope(), parent)
{
}

SiteScope HackerNewsThreadFetcher::scope()
{
    SiteScope scope;
    scope.name = QStringLiteral("Hacker News");
    scope.hosts = {QStringLiteral("hn.algolia.com"), QStringLiteral("hacker-news.firebaseio.com")};
    // Algolia allows 10 000 requests an hour; the Firebase API states no limit.
    scope.pause = std::chrono::milliseconds(400);
    return scope;
}

void HackerNewsThreadFetcher::begin()
{
    m_itemId = address().threadId;
    requestAlgolia(m_itemId);
}

void HackerNewsThreadFetcher::requestAlgolia(const QString &itemId)
{
    const QUrl url = on(algoliaOrigin, QStringLiteral("/api/v1/items/") + itemId);
    client().get(url, [this, itemId](Result<HttpResponse> response) {
        if (isFinished())
            return;
        if (!response) {
            if (response.error().cancelled)
                return fail(response.error());
            return fallBackToFirebase(response.error().message);
        }
        // Kept like every response, through fetch()'s archive step.
        readAlgolia(*response);
    });
}

void HackerNewsThreadFetcher::readAlgolia(const HttpResponse &response)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(response.body, &error);
    const QJsonObject item = json.object();
    if (error.error != QJsonParseError::NoError || !item.contains(QStringLiteral("id")))
        return fallBackToFirebase(
            tr("%1: Algolia's answer is not an item").arg(response.url.toDisplayString()));
    if (auto kept = keepResponse(QStringLiteral("algolia-item-%1.json").arg(m_itemId), response);
        !kept)
        return fail(kept.error());
    const qint64 storyId = qint64(item.value(QStringLiteral("story_id")).toDouble());
    if (item.value(QStringLiteral("type")).toString() == QLatin1String("comment") && storyId > 0 &&
        !m_followedStory) {
        // The address named a comment: the thread is its story.
        m_followedStory = true;
        m_itemId = QString::number(storyId);
        m_notes << tr("the address names comment %1; its whole story %2 was saved")
                       .arg(address().threadId, m_itemId);
        return requestAlgolia(m_itemId);
    }
    emit commentsSoFar(countAlgoliaComments(item));
    AssembledThread thread;
    thread.bytes = response.body;
    thread.fileName = QStringLiteral("item-%1.json").arg(m_itemId);
    thread.format = QStringLiteral("hn-algolia");
    thread.notes = m_notes;
    succeed(std::move(thread));
}

void HackerNewsThreadFetcher::fallBackToFirebase(const QString &why)
{
    m_notes << tr("Algolia's API failed (%1); the thread was fetched item by item from the "
                  "Hacker News API instead")
                   .arg(why);
    setFailureContext(tr("Algolia's API failed (%1), and so did the Hacker News API").arg(why));
    m_itemQueue = {m_itemId.toLongLong()};
    m_seenItems = {m_itemId.toLongLong()};
    requestNextItem();
}

void HackerNewsThreadFetcher::requestNextItem()
{
    if (m_itemQueue.empty() || !mayRequestMore()) {
        if (!m_itemQueue.empty())
            m_notes << tr("stopped at the request limit (%1 requests): %n item(s) not fetched",
                          nullptr, int(m_itemQueue.size()))
                           .arg(policy().maxRequests);
        if (m_itemsHeld == 0)
            return fail(Error::of(tr("%1: the Hacker News API returned no item")
                                      .arg(address().address.toDisplayString())));
        AssembledThread thread;
        thread.bytes = m_itemLines;
        thread.fileName = QStringLiteral("items-%1.jsonl").arg(m_itemId);
        thread.format = QStringLiteral("hn-items");
        thread.notes = m_notes;
        return succeed(std::move(thread));
    }
    const qint64 id = m_itemQueue.front();
    m_itemQueue.pop_front();
    fetch(on(firebaseOrigin, QStringLiteral("/v0/item/%1.json").arg(id)),
          QStringLiteral("item-%1.json").arg(id), [this, id](const HttpResponse &response) {
              const QJsonDocument json = QJsonDocument::fromJson(response.body);
              const QJsonObject item = json.object();
              if (item.isEmpty()) {
                  if (id == m_itemId.toLongLong())
                      return fail(
                          Error::of(tr("%1: no such item").arg(response.url.toDisplayString())));
                  return requestNextItem(); // null: an id the API does not know
              }
              m_itemLines += QJsonDocument(item).toJson(QJsonDocument::Compact) + '\n';
              ++m_itemsHeld;
              for (const QJsonValue &kid : item.value(QStringLiteral("kids")).toArray()) {
                  const qint64 kidId = qint64(kid.toDouble());
                  if (kidId > 0 && !m_seenItems.contains(kidId)) {
                      m_seenItems.insert(kidId);
                      m_itemQueue.push_back(kidId);
                  }
              }
              emit commentsSoFar(m_itemsHeld - 1);
              requestNextItem();
          });
}

} // namespace Scholia
