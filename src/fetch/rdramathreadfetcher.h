#pragma once

#include "rdramapageassembler.h"
#include "sitefetcher.h"

#include <QSet>

#include <memory>

namespace Scholia {

// A post of an rDrama-family site (themotte.org and its sisters): the post page, then,
// round after round, the page behind every "More comments" link and the comments behind
// "Load more comments" (/viewmore, as the page's own script asks for them), spliced into
// the page until neither is left or the request budget is spent. The site limits these
// to 30 requests a minute.
class RdramaThreadFetcher : public SiteFetcher
{
    Q_OBJECT

public:
    RdramaThreadFetcher(const ThreadAddress &address, const FetchPolicy &policy,
                        QObject *parent = nullptr);
    static SiteScope scopeFor(const ThreadAddress &address);

private:
    void begin() override;
    void startRound();
    void nextInRound();
    void finish();

    std::unique_ptr<RdramaPageAssembler> m_page;
    RdramaPageAssembler::Scan m_round;
    size_t m_nextLink = 0;
    bool m_loadMoreDone = false;
    QSet<QString> m_triedLinks;
    QString m_triedLoadMore;
    int m_linksWithoutReplies = 0;
    int m_linksElsewhere = 0;
    bool m_budgetSpent = false;
};

} // namespace Scholia
