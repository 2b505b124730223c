#pragma once

#include "core/result.h"
#include "jsondocument.h"

#include <QString>

#include <functional>
#include <optional>

namespace Scholia {

// Visits comments nested in JSON arrays (Reddit, bdfr, HN Algolia, HNPWA) depth-first in
// document order, with an explicit stack: a reply chain can be far deeper than the C++
// stack. The walk keeps the paths, positions, parents and depths; the format's visitor
// reads one comment and says where its replies are.
class NestedCommentWalk
{
public:
    struct Visit
    {
        JsonDocument::Element item;
        QString path;     // for messages: "children[3].children[0]"
        QString parentId; // what the enclosing comment's visit returned as its id; empty at the top
        int depth = 0;    // 0 for the top array
    };

    // A visited comment: its id (its replies' parentId) and its replies, if it has any.
    struct Replies
    {
        QString id;
        std::optional<simdjson::dom::array> array;
        QString path; // of that array
    };

    using Visitor = std::function<Result<Replies>(const Visit &)>;

    // Stops at the first Error a visit returns. firstIndex: where top's first value stands
    // in the file's array (a SplitJsonDocument piece holds one value of it).
    static Result<void> walk(simdjson::dom::array top, const QString &topPath, const Visitor &visitor,
                             int firstIndex = 0);

    // The member `key` of item as an array of replies: nothing when it is absent or null,
    // an Error naming path.key (just key for an empty path: the top) when it is something else.
    static Result<Replies> repliesIn(JsonDocument::Element item, std::string_view key, const QString &path,
                                     const QString &id);
};

} // namespace Scholia
