#pragma once

#include <QString>

namespace Scholia {

// A node of the topic tree: a tag, or a name segment above tags ("compute" above
// "compute/export-controls") that no tag is named after.
struct TopicTagCount
{
    QString name;         // the full path
    QString color;        // the tag's palette colour; empty for a segment without a tag
    bool isTag = false;   // false: only a segment above tags
    int ownCount = 0;     // annotations carrying exactly this tag
    int passageCount = 0; // annotations carrying it or a tag below it, each counted once

    bool operator==(const TopicTagCount &) const = default;
};

} // namespace Scholia
