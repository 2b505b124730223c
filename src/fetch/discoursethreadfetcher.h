#pragma once

#include "sitefetcher.h"

#include <QHash>
#include <QJsonObject>

#include <deque>

namespace Scholia {

// A Discourse topic: t/ID.json gives the first 20 posts and the ids of all of them
// (post_stream.stream); t/ID/posts.json?post_ids[]=… brings the rest, 20 to a request,
// as Discourse's own client asks. Assembled as t/ID.json with every post in stream order.
class DiscourseThreadFetcher : public SiteFetcher
{
    Q_OBJECT

public:
    DiscourseThreadFetcher(const ThreadAddress &address, const FetchPolicy &policy,
                           QObject *parent = nullptr);
    static SiteScope scopeFor(const ThreadAddress &address);

private:
    void begin() override;
    void readTopic(const HttpResponse &response);
    void requestNextBatch();
    void addPosts(const QJsonArray &posts);
    void finish();

    QJsonObject m_topic;
    QList<qint64> m_stream;
    QHash<qint64, QJsonObject> m_posts; // by post id
    std::deque<qint64> m_missing;
    bool m_budgetSpent = false;
};

} // namespace Scholia
