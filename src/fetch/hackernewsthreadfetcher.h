#pragma once

#include "sitefetcher.h"

#include <QJsonArray>
#include <QSet>

#include <deque>

namespace Scholia {

// A Hacker News item through Algolia's items API (the whole tree in one response; a
// comment's address is followed to its story). When Algolia fails, the official
// Firebase API instead: the story, then every item its "kids" name, one request each,
// written as JSON lines for the items importer.
class HackerNewsThreadFetcher : public SiteFetcher
{
    Q_OBJECT

public:
    HackerNewsThreadFetcher(const ThreadAddress &address, const FetchPolicy &policy,
                            QObject *parent = nullptr);
    static SiteScope scope();

private:
    void begin() override;
    void requestAlgolia(const QString &itemId);
    void readAlgolia(const HttpResponse &response);
    void fallBackToFirebase(const QString &why);
    void requestNextItem();

    QString m_itemId;
    bool m_followedStory = false;
    QStringList m_notes;
    std::deque<qint64> m_itemQueue;
    QSet<qint64> m_seenItems;
    QByteArray m_itemLines;
    int m_itemsHeld = 0;
};

} // namespace Scholia
