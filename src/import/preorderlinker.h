#pragma once

#include "core/comment.h"
#include "core/result.h"

#include <QSet>
#include <QString>

#include <vector>

namespace Scholia {

// Gives comments that arrive in a file's nesting order, each naming its parent by source
// id, their place in ThreadDocument's pre-order (parent index, sibling index, depth)
// without holding the thread: only the open path from the post to the last comment is
// kept, and the ids seen. CommentTree::arrange() does the same over a whole list and can
// reorder it; a streamed import cannot, so link() refuses a comment whose parent is not
// on the open path (a reply filed out of its parent's subtree, a parent missing or
// later) and a repeated id. The caller then imports the file the whole-document way,
// which sorts it out or says what is wrong with it, exactly as before streaming.
class PreorderLinker
{
public:
    // Sets comment.parent, siblingIndex and depth for the next comment in file order;
    // an Error (the file is not in pre-order) leaves the linker unusable.
    Result<void> link(Comment &comment, const QString &parentSourceId);
    // Comments linked so far: the index the next one gets.
    int count() const { return m_count; }

private:
    struct Open
    {
        QString sourceId;
        int index;
        int depth;
        int children; // replies linked so far
    };
    std::vector<Open> m_path; // the post's open descendants, outermost first
    int m_topLevel = 0;       // replies to the post so far
    int m_count = 0;
    QSet<QString> m_seen;
};

} // namespace Scholia
