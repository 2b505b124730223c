#pragma once

#include "core/result.h"
#include "import/jsondocument.h"

#include <QString>

namespace Scholia {

// What the nested JSON variants of Hacker News (Algolia, HNPWA) check of every comment
// before reading it, so both refuse the same malformed files with the same words.
class HackerNewsJsonComment
{
public:
    // The item's numeric "id" as text, or empty.
    static QString idOf(JsonDocument::Element item);
    // The comment's id, or an Error at path: not an object, no numeric id, the story's own id.
    static Result<QString> checkedId(JsonDocument::Element item, const QString &path, const QString &storyId);
};

} // namespace Scholia
