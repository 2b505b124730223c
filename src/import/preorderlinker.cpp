#include "preorderlinker.h"

namespace Scholia {

Result<void> PreorderLinker::link(Comment &comment, const QString &parentSourceId)
{
    if (m_seen.contains(comment.sourceId))
        return Error::of(QStringLiteral("the comment id \"%1\" comes twice").arg(comment.sourceId));
    // In pre-order a comment's parent is the last comment or one of its ancestors.
    if (parentSourceId.isEmpty()) {
        m_path.clear();
    } else {
        while (!m_path.empty() && m_path.back().sourceId != parentSourceId)
            m_path.pop_back();
        if (m_path.empty())
            return Error::of(QStringLiteral("the comment \"%1\" replies to \"%2\", which is not "
                                            "among the comments enclosing it")
                                 .arg(comment.sourceId, parentSourceId));
    }
    if (m_path.empty()) {
        comment.parent = -1;
        comment.depth = 0;
        comment.siblingIndex = m_topLevel++;
    } else {
        Open &parent = m_path.back();
        comment.parent = parent.index;
        comment.depth = parent.depth + 1;
        comment.siblingIndex = parent.children++;
    }
    m_seen.insert(comment.sourceId);
    m_path.push_back({comment.sourceId, m_count, comment.depth, 0});
    ++m_count;
    return {};
}

} // namespace Scholia
