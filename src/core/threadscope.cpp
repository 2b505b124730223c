#include "threadscope.h"

#include "annotatedthread.h"
#include "commenttree.h"

#include <climits>

namespace Scholia {

ThreadScope::Selection ThreadScope::whole(const std::vector<Comment> &comments)
{
    return Selection(comments.size(), true);
}

ThreadScope::Selection ThreadScope::annotatedWithAncestors(const std::vector<Comment> &comments,
                                                           const QSet<QString> &annotated)
{
    Selection keep(comments.size(), false);
    for (size_t i = 0; i < comments.size(); ++i) {
        if (!annotated.contains(comments[i].sourceId))
            continue;
        // Walk up until a comment already kept: its ancestors are kept too, so every
        // parent link is followed at most once over the whole thread.
        for (int at = int(i); at >= 0 && !keep[size_t(at)]; at = comments[size_t(at)].parent)
            keep[size_t(at)] = true;
    }
    return keep;
}

ThreadScope::Selection ThreadScope::expanded(const std::vector<Comment> &comments,
                                             const QSet<QString> &collapsed)
{
    Selection keep(comments.size(), true);
    int hideBelowDepth = INT_MAX; // comments deeper than this sit inside a collapsed subtree
    for (size_t i = 0; i < comments.size(); ++i) {
        const Comment &c = comments[i];
        if (c.depth <= hideBelowDepth)
            hideBelowDepth = INT_MAX;
        keep[i] = hideBelowDepth == INT_MAX;
        if (keep[i] && collapsed.contains(c.sourceId))
            hideBelowDepth = c.depth;
    }
    return keep;
}

ThreadScope::Selection ThreadScope::subtree(const std::vector<Comment> &comments, int index)
{
    Selection keep(comments.size(), false);
    if (index < 0 || size_t(index) >= comments.size())
        return keep;
    const int end = CommentTree::subtreeEnd(comments, index);
    for (int i = index; i < end; ++i)
        keep[size_t(i)] = true;
    return keep;
}

Result<ThreadScope::Selection> ThreadScope::select(const AnnotatedThread &source,
                                                   const ExportOptions &options)
{
    const std::vector<Comment> &comments = source.thread.comments;
    switch (options.scope) {
    case ExportScope::WholeThread:
        return whole(comments);
    case ExportScope::AnnotatedWithContext: {
        QSet<QString> annotated;
        for (const Annotation &a : source.annotations) {
            if (a.anchorState != AnchorState::Orphaned)
                annotated.insert(a.commentSourceId);
        }
        return annotatedWithAncestors(comments, annotated);
    }
    case ExportScope::CollapseState:
        return expanded(comments, QSet<QString>(source.viewState.collapsed.begin(),
                                                source.viewState.collapsed.end()));
    case ExportScope::Subtree:
        for (size_t i = 0; i < comments.size(); ++i) {
            if (comments[i].sourceId == options.subtreeRoot)
                return subtree(comments, int(i));
        }
        return Error::of(
            tr("the thread has no comment \"%1\" to export from").arg(options.subtreeRoot));
    }
    return whole(comments);
}

} // namespace Scholia
