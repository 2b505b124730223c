#pragma once

#include <QString>

#include <vector>

namespace Scholia {

// One tag's name change, as TagStore::rename reports it (a tag and each of its children).
struct TagRenaming
{
    QString from;
    QString to;

    bool operator==(const TagRenaming &) const = default;

    // What undoes a rename: every renaming turned around.
    static std::vector<TagRenaming> inverted(const std::vector<TagRenaming> &renamings)
    {
        std::vector<TagRenaming> result;
        result.reserve(renamings.size());
        for (const TagRenaming &r : renamings)
            result.push_back({r.to, r.from});
        return result;
    }
};

} // namespace Scholia
