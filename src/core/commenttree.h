#pragma once

#include "comment.h"
#include "result.h"

#include <QString>

#include <vector>

namespace Scholia {

// A comment whose place in the tree is given by its parent's source id, as most
// formats store it. An empty parentSourceId means a reply to the post.
struct LinkedComment
{
    Comment comment;
    QString parentSourceId;
};

// Tree utilities over a pre-ordered comment list. All iterative: a reply chain
// 100 000 deep must not overflow the stack.
class CommentTree
{
public:
    // Builds the pre-order list from parent links. Siblings keep their relative input
    // order. Fails on duplicate ids, a parent that is missing, or a reply cycle.
    static Result<std::vector<Comment>> arrange(std::vector<LinkedComment> linked);

    // Checks the invariants ThreadDocument promises: parents first, subtrees contiguous,
    // depth = parent depth + 1, sibling indices 0..n-1 in order, unique source ids.
    static Result<void> validate(const std::vector<Comment> &comments);

    // One past the last comment of the subtree rooted at index.
    static int subtreeEnd(const std::vector<Comment> &comments, int index);

    // The comments' parent links as source ids (empty for replies to the post).
    static std::vector<LinkedComment> toLinked(const std::vector<Comment> &comments);
};

} // namespace Scholia
