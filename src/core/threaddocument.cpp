#include "threaddocument.h"

#include <algorithm>

namespace Scholia {

int ThreadDocument::realCommentCount() const
{
    return int(std::count_if(comments.begin(), comments.end(),
                             [](const Comment &c) { return !c.isPlaceholder(); }));
}

const Comment *ThreadDocument::findComment(const QString &commentSourceId) const
{
    for (const Comment &c : comments) {
        if (c.sourceId == commentSourceId)
            return &c;
    }
    return nullptr;
}

bool ThreadDocument::operator==(const ThreadDocument &other) const
{
    // Warnings describe one import run, not the thread, so they do not take part.
    return sourceKind == other.sourceKind && sourceId == other.sourceId && url == other.url
        && site == other.site && title == other.title && author == other.author
        && created == other.created && score == other.score && linkUrl == other.linkUrl
        && bodyHtml == other.bodyHtml && bodyText == other.bodyText && comments == other.comments
        && gaps == other.gaps;
}

} // namespace Scholia
