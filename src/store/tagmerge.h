#pragma once

#include "tagsnapshot.h"

#include <QString>

#include <vector>

namespace Scholia {

// What TagStore::merge did, so TagStore::unmerge can undo it exactly.
struct TagMerge
{
    TagSnapshot merged; // the tag that was merged away, with what carried it
    QString into;       // the tag that stays
    // Those that carry `into` only because of the merge (the rest had both already).
    std::vector<qint64> annotationsGained;
    std::vector<qint64> threadsGained;
};

} // namespace Scholia
