#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace Scholia {

// One saved rDrama-family post page grown into the whole thread: the replies behind each
// "More comments" link and the comments behind "Load more comments" are spliced into the
// page's own markup where the link or button was, so the page imports as one thread with
// the rDrama importer. Edits are collected, then applied together, last first, so the
// byte ranges of a scan stay valid.
class RdramaPageAssembler
{
public:
    using Range = std::pair<qsizetype, qsizetype>;

    struct LoadMore
    {
        QString postId, sort, offset;
        QStringList topLevelIds; // what the page holds already (the site's ?ids=)
        Range button;
    };
    struct MoreLink
    {
        QString commentId;
        QString href;
        Range element; // #morecomment-{id}
    };
    struct Scan
    {
        std::optional<LoadMore> loadMore;
        std::vector<MoreLink> links;
        int comments = 0;
    };

    explicit RdramaPageAssembler(QByteArray page) : m_page(std::move(page)) {}

    Scan scan() const;
    // Queue: the fragment /viewmore returned goes where the button was (it brings its own
    // button when still more remain).
    void putLoadedMore(const LoadMore &loadMore, const QByteArray &fragment);
    // Queue: the #replies-of-{id} of the linked page replaces the link. False when the
    // linked page has no such element (the link stays).
    bool putReplies(const MoreLink &link, const QByteArray &linkedPage);
    void applyEdits();

    const QByteArray &page() const { return m_page; }

private:
    struct Edit
    {
        Range range;
        QByteArray replacement;
    };
    QByteArray m_page;
    std::vector<Edit> m_edits;
};

} // namespace Scholia
