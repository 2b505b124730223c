#pragma once

#include <QString>

#include <vector>

namespace Scholia {

// One comment of a generated thread's shape, before it gets a body and is written out.
struct GeneratedComment
{
    int parent = -1; // index of the comment it replies to; -1: a reply to the post
    int depth = 0;
    std::vector<int> replies;
    int moreReplies = 0; // > 0: a "more" stub for that many replies follows the replies
    QString author;
    qint64 created = 0; // seconds since the epoch, UTC
};

} // namespace Scholia
