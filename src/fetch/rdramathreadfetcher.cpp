#include "rdramathreadfetcher.h"

#include <QUrlQuery>

namespace Scholia {

RdramaThreadFetcher::RdramaThreadFetcher(const ThreadAddress &address, const FetchPolicy &policy,
                                         QObject *parent)
    : SiteFetcher(address, policy, scopeFor(address), parent)
{
}

SiteScope RdramaThreadFetcher::scopeFor(const ThreadAddress &address)
{
    SiteScope scope;
    scope.name = address.siteName();
    QString host = address.origin.host().toLower();
    const QString bare = host.startsWith(QLatin1String("www.")) ? host.mid(4) : host;
    scope.hosts = {bare, QStringLiteral("www.") + bare};
    scope.pause = std::chrono::milliseconds(2000); // the site's "30/minute" on these routes
    return scope;
}

void RdramaThreadFetcher::begin()
{
    QString path = QStringLiteral("/post/") + address().threadId;
    if (!address().slug.isEmpty())
        path += QLatin1Char('/') + address().slug;
    fetch(on(address().origin, path), QStringLiteral("post-%1.html").arg(address().threadId),
          [this](const HttpResponse &response) {
              if (!response.body.contains("comment-text-") &&
                  !response.body.contains("id=\"post-title\""))
                  return fail(Error::of(tr("%1: the page has no rDrama comment or post markup")
                                            .arg(response.url.toDisplayString())));
              m_page = std::make_unique<RdramaPageAssembler>(response.body);
              startRound();
          });
}

void RdramaThreadFetcher::startRound()
{
    m_round = m_page->scan();
    emit commentsSoFar(m_round.comments);
    m_nextLink = 0;
    m_loadMoreDone = false;
    // Links already asked for and left as they were (their page had no replies) are not
    // asked again; neither is a button whose call did not change.
    std::erase_if(m_round.links, [this](const RdramaPageAssembler::MoreLink &link) {
        return m_triedLinks.contains(link.commentId);
    });
    if (m_round.loadMore) {
        const QString call = m_round.loadMore->postId + QLatin1Char('/') + m_round.loadMore->offset;
        if (call == m_triedLoadMore)
            m_round.loadMore.reset();
        else
            m_triedLoadMore = call;
    }
    if (m_round.links.empty() && !m_round.loadMore)
        return finish();
    nextInRound();
}

void RdramaThreadFetcher::nextInRound()
{
    const bool moreLinks = m_nextLink < m_round.links.size();
    const bool loadMorePending = m_round.loadMore && !m_loadMoreDone;
    if (!moreLinks && !loadMorePending) {
        m_page->applyEdits();
        return startRound();
    }
    if (!mayRequestMore()) {
        m_budgetSpent = true;
        m_page->applyEdits();
        return finish();
    }
    if (loadMorePending) {
        m_loadMoreDone = true;
        const RdramaPageAssembler::LoadMore loadMore = *m_round.loadMore;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("ids"), loadMore.topLevelIds.join(QLatin1Char(',')));
        const QString path = QStringLiteral("/viewmore/%1/%2/%3?")
                                 .arg(loadMore.postId, loadMore.sort, loadMore.offset) +
                             query.toString(QUrl::FullyEncoded);
        fetch(on(address().origin, path), QStringLiteral("viewmore-%1.html").arg(loadMore.offset),
              [this, loadMore](const HttpResponse &response) {
                  m_page->putLoadedMore(loadMore, response.body);
                  nextInRound();
              });
        return;
    }
    const RdramaPageAssembler::MoreLink link = m_round.links[m_nextLink++];
    m_triedLinks.insert(link.commentId);
    const QUrl url = address().origin.resolved(QUrl(link.href));
    if (!scopeFor(address()).allows(url)) {
        ++m_linksElsewhere; // a page stays on its site; the link stays in the thread
        return nextInRound();
    }
    fetch(url, QStringLiteral("comment-%1.html").arg(link.commentId),
          [this, link](const HttpResponse &response) {
              if (!m_page->putReplies(link, response.body))
                  ++m_linksWithoutReplies;
              nextInRound();
          });
}

void RdramaThreadFetcher::finish()
{
    AssembledThread thread;
    thread.bytes = m_page->page();
    thread.fileName = QStringLiteral("post-%1.html").arg(address().threadId);
    thread.format = QStringLiteral("rdrama-html");
    const RdramaPageAssembler::Scan last = m_page->scan();
    if (m_budgetSpent)
        thread.notes << tr("stopped at the request limit (%1 requests): %n link(s) to more "
                           "comments not followed",
                           nullptr, int(last.links.size()) + (last.loadMore ? 1 : 0))
                            .arg(policy().maxRequests);
    if (m_linksElsewhere > 0)
        thread.notes << tr("%n \"More comments\" link(s) pointed to another site and were not "
                           "followed",
                           nullptr, m_linksElsewhere);
    if (m_linksWithoutReplies > 0)
        thread.notes << tr("%n \"More comments\" page(s) held no replies to take", nullptr,
                           m_linksWithoutReplies);
    succeed(std::move(thread));
}

} // namespace Scholia
