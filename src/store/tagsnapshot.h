#pragma once

#include "core/tag.h"

#include <vector>

namespace Scholia {

// A tag and everything that carried it, taken as it is deleted so an undo can put it
// back: TagStore::remove returns one, TagStore::restore takes it.
struct TagSnapshot
{
    Tag tag; // id, name, colour
    std::vector<qint64> annotationIds;
    std::vector<qint64> threadIds;

    int annotationCount() const { return int(annotationIds.size()); }
};

} // namespace Scholia
