#pragma once

#include "redditcommentforest.h"
#include "sitefetcher.h"

#include <QJsonValue>
#include <QSet>

#include <deque>
#include <memory>

namespace Scholia {

// A Reddit thread through the JSON interface a logged-out browser uses: the thread's
// comments page, then /api/morechildren for the ids of every "load more" stub (100 to a
// request) and each "continue this thread" link's own page, round after round until no
// stub is left or the request budget is spent. 10 requests a minute, Reddit's published
// limit for clients without a login, and its X-Ratelimit-* headers.
class RedditThreadFetcher : public SiteFetcher
{
    Q_OBJECT

public:
    RedditThreadFetcher(const ThreadAddress &address, const FetchPolicy &policy,
                        QObject *parent = nullptr);
    static SiteScope scope();

private:
    struct Chunk
    {
        QString stubKey;
        QStringList ids;
        bool lastOfStub = true;
    };

    void begin() override;
    void readThreadPage(const HttpResponse &response);
    void nextRequest();
    void requestMoreChildren();
    void requestContinuation(const RedditCommentForest::Stub &stub);
    void planRound();
    void finish();
    QString sortParameter() const;

    QUrl m_origin;
    QJsonValue m_postListing;
    QString m_postId;
    QString m_sort;
    std::unique_ptr<RedditCommentForest> m_forest;
    std::deque<Chunk> m_chunks;
    std::deque<RedditCommentForest::Stub> m_continuations;
    QSet<QString> m_triedStubs; // stub keys already asked for, so a stub Reddit keeps sending ends
    QSet<QString> m_requestedIds;
    bool m_budgetSpent = false;
};

} // namespace Scholia
