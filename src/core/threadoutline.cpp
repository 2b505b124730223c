#include "threadoutline.h"

#include "comment.h"

#include <algorithm>

namespace Scholia {

void ThreadOutline::reserve(size_t comments)
{
    ids.reserve(comments);
    parents.reserve(comments);
    depths.reserve(comments);
    textLengths.reserve(comments);
    placeholders.reserve(comments);
}

void ThreadOutline::append(const QString &id, int parent, int depth, qsizetype textLength,
                           bool placeholder)
{
    ids.push_back(id);
    parents.push_back(parent);
    depths.push_back(depth);
    textLengths.push_back(textLength);
    placeholders.push_back(placeholder);
}

int ThreadOutline::realCommentCount() const
{
    return int(std::count(placeholders.begin(), placeholders.end(), false));
}

ThreadOutline ThreadOutline::of(const std::vector<Comment> &comments)
{
    ThreadOutline outline;
    outline.reserve(comments.size());
    for (const Comment &c : comments)
        outline.append(c.sourceId, c.parent, c.depth, c.bodyText.size(), c.isPlaceholder());
    return outline;
}

} // namespace Scholia
