#include "commenttree.h"

#include <QHash>

namespace Scholia {

Result<std::vector<Comment>> CommentTree::arrange(std::vector<LinkedComment> linked)
{
    const int count = int(linked.size());
    QHash<QString, int> indexById;
    indexById.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString &id = linked[i].comment.sourceId;
        if (indexById.contains(id))
            return Error::of(QStringLiteral("two comments have the id \"%1\"").arg(id));
        indexById.insert(id, i);
    }

    // Children in input order, and the replies to the post as roots.
    std::vector<std::vector<int>> children(count);
    std::vector<int> roots;
    for (int i = 0; i < count; ++i) {
        const QString &parentId = linked[i].parentSourceId;
        if (parentId.isEmpty()) {
            roots.push_back(i);
            continue;
        }
        const auto parent = indexById.constFind(parentId);
        if (parent == indexById.constEnd())
            return Error::of(QStringLiteral("comment \"%1\" replies to \"%2\", which is not in the file")
                                 .arg(linked[i].comment.sourceId, parentId));
        children[*parent].push_back(i);
    }

    std::vector<Comment> ordered;
    ordered.reserve(count);
    struct Frame
    {
        int input;  // index into linked
        int parent; // index into ordered
        int depth;
        int sibling;
    };
    std::vector<Frame> stack;
    for (int r = int(roots.size()) - 1; r >= 0; --r)
        stack.push_back({roots[r], -1, 0, r});
    while (!stack.empty()) {
        const Frame frame = stack.back();
        stack.pop_back();
        Comment comment = std::move(linked[frame.input].comment);
        comment.parent = frame.parent;
        comment.depth = frame.depth;
        comment.siblingIndex = frame.sibling;
        const int placed = int(ordered.size());
        ordered.push_back(std::move(comment));
        const auto &kids = children[frame.input];
        for (int k = int(kids.size()) - 1; k >= 0; --k)
            stack.push_back({kids[k], placed, frame.depth + 1, k});
    }

    if (int(ordered.size()) != count) {
        // Whatever was never reached hangs off a cycle of parent links.
        for (int i = 0; i < count; ++i) {
            if (!linked[i].comment.sourceId.isNull())
                return Error::of(QStringLiteral("comment \"%1\" is part of a reply cycle")
                                     .arg(linked[i].comment.sourceId));
        }
        return Error::of(QStringLiteral("the reply links form a cycle"));
    }
    return ordered;
}

Result<void> CommentTree::validate(const std::vector<Comment> &comments)
{
    std::vector<int> ancestors; // the path from a root to the previous comment
    std::vector<int> childCount(comments.size(), 0);
    int rootCount = 0;
    QHash<QString, int> seen;
    seen.reserve(int(comments.size()));
    for (int i = 0; i < int(comments.size()); ++i) {
        const Comment &c = comments[i];
        const auto fail = [&](const QString &why) {
            return Error::of(QStringLiteral("comment %1 (\"%2\"): %3").arg(i).arg(c.sourceId, why));
        };
        if (seen.contains(c.sourceId))
            return fail(QStringLiteral("duplicate source id"));
        seen.insert(c.sourceId, i);
        if (c.parent < -1 || c.parent >= i)
            return fail(QStringLiteral("parent %1 does not come before it").arg(c.parent));
        while (!ancestors.empty() && ancestors.back() != c.parent)
            ancestors.pop_back();
        if (c.parent != -1 && ancestors.empty())
            return fail(QStringLiteral("not inside its parent's subtree"));
        const int expectedDepth = c.parent == -1 ? 0 : comments[c.parent].depth + 1;
        if (c.depth != expectedDepth)
            return fail(QStringLiteral("depth %1, expected %2").arg(c.depth).arg(expectedDepth));
        int &siblings = c.parent == -1 ? rootCount : childCount[c.parent];
        if (c.siblingIndex != siblings)
            return fail(QStringLiteral("sibling index %1, expected %2").arg(c.siblingIndex).arg(siblings));
        ++siblings;
        ancestors.push_back(i);
    }
    return {};
}

int CommentTree::subtreeEnd(const std::vector<Comment> &comments, int index)
{
    const int depth = comments[index].depth;
    int end = index + 1;
    while (end < int(comments.size()) && comments[end].depth > depth)
        ++end;
    return end;
}

std::vector<LinkedComment> CommentTree::toLinked(const std::vector<Comment> &comments)
{
    std::vector<LinkedComment> linked;
    linked.reserve(comments.size());
    for (const Comment &c : comments)
        linked.push_back({c, c.parent >= 0 ? comments[c.parent].sourceId : QString()});
    return linked;
}

} // namespace Scholia
