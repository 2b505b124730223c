#include "threadmerger.h"

#include "core/commenttree.h"

#include <QHash>
#include <QSet>

namespace Scholia {

namespace {

// A comment the newer save shows removed or deleted keeps the words the library had:
// the site's "[removed]" is not a text worth replacing them with. Only a text the stored
// copy really had is kept: one of a normal comment, or one kept like this before (a
// stored removed comment whose text differs from the site's stand-in). Its author goes
// with it: sites blank the name with the text ("[deleted]"), and a kept text says who
// wrote it.
void keepTextsOfRemoved(const ThreadDocument &stored, ThreadDocument &incoming)
{
    QHash<QString, const Comment *> storedById;
    for (const Comment &c : stored.comments) {
        if (!c.isPlaceholder() && !c.bodyText.isEmpty())
            storedById.insert(c.sourceId, &c);
    }
    for (Comment &c : incoming.comments) {
        if (c.state == CommentState::Normal || c.isPlaceholder())
            continue;
        const Comment *before = storedById.value(c.sourceId);
        if (!before || (before->state != CommentState::Normal && before->bodyText == c.bodyText))
            continue;
        c.bodyHtml = before->bodyHtml;
        c.bodyText = before->bodyText;
        c.author = before->author;
    }
}

} // namespace

ThreadDocument ThreadMerger::merge(const ThreadDocument &stored, ThreadDocument incoming)
{
    keepTextsOfRemoved(stored, incoming);
    QSet<QString> incomingIds;
    incomingIds.reserve(int(incoming.comments.size()));
    for (Comment &c : incoming.comments) {
        c.inLatestSave = true;
        incomingIds.insert(c.sourceId);
    }

    // Each vanished comment goes right after its previous stored sibling, or first under
    // its parent when it had none; processing in stored pre-order means a vanished
    // parent is placed before its vanished children.
    QHash<QString, std::vector<int>> placedAfter; // source id → stored indices to follow it
    QHash<QString, std::vector<int>> placedFirstUnder;
    std::vector<int> placedFirstAtTop;
    bool anyVanished = false;
    for (int i = 0; i < int(stored.comments.size()); ++i) {
        const Comment &c = stored.comments[i];
        // A "more" placeholder stood for what the earlier save lacked; the newer save says
        // for itself what it lacks, so an old stub is not kept as if it were a comment.
        if (incomingIds.contains(c.sourceId) || c.isPlaceholder())
            continue;
        anyVanished = true;
        int previousSibling = -1;
        for (int j = i - 1; j >= 0 && j > c.parent; --j) {
            const Comment &before = stored.comments[j];
            const bool dropped = before.isPlaceholder() && !incomingIds.contains(before.sourceId);
            if (before.parent == c.parent && !dropped) {
                previousSibling = j;
                break;
            }
        }
        if (previousSibling >= 0)
            placedAfter[stored.comments[previousSibling].sourceId].push_back(i);
        else if (c.parent >= 0)
            placedFirstUnder[stored.comments[c.parent].sourceId].push_back(i);
        else
            placedFirstAtTop.push_back(i);
    }
    if (!anyVanished)
        return incoming;
    // Comments the newer save names as missing may be among those kept from the earlier one.
    QStringList kept;
    for (const Comment &c : stored.comments) {
        if (!c.isPlaceholder() && !incomingIds.contains(c.sourceId))
            kept << c.sourceId;
    }
    incoming.gaps.forgetHeld(kept);

    // Lay the comments out as a flat list in sibling order, then let CommentTree
    // rebuild pre-order, depths and indices from the parent links.
    const std::vector<LinkedComment> incomingLinked = CommentTree::toLinked(incoming.comments);
    const std::vector<LinkedComment> storedLinked = CommentTree::toLinked(stored.comments);
    std::vector<LinkedComment> flat;
    flat.reserve(incomingLinked.size() + stored.comments.size());

    std::vector<const LinkedComment *> pending; // a stack, so later entries come out first
    const auto emitWithFollowers = [&](const LinkedComment *first) {
        pending.push_back(first);
        while (!pending.empty()) {
            const LinkedComment *item = pending.back();
            pending.pop_back();
            flat.push_back(*item);
            const QString &id = item->comment.sourceId;
            std::vector<const LinkedComment *> next;
            for (int i : placedFirstUnder.value(id))
                next.push_back(&storedLinked[i]);
            for (int i : placedAfter.value(id))
                next.push_back(&storedLinked[i]);
            for (auto it = next.rbegin(); it != next.rend(); ++it)
                pending.push_back(*it);
        }
    };
    for (int i : placedFirstAtTop)
        emitWithFollowers(&storedLinked[i]);
    for (const LinkedComment &item : incomingLinked)
        emitWithFollowers(&item);
    for (LinkedComment &item : flat) {
        if (!incomingIds.contains(item.comment.sourceId))
            item.comment.inLatestSave = false;
    }

    auto arranged = CommentTree::arrange(std::move(flat));
    // Both inputs were valid trees with unique ids and the vanished ones keep a parent
    // that is present, so arranging cannot fail; keep the newer save if it somehow does.
    if (arranged)
        incoming.comments = std::move(arranged.value());
    return incoming;
}

} // namespace Scholia
