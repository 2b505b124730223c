#pragma once

#include "import/importer.h"

namespace Scholia {

// Hacker News items as the official Firebase API returns them (/v0/item/ID.json), saved
// as one JSON array or as JSON lines: flat items linked by "parent", ordered by "kids".
class HackerNewsItemsImporter : public Importer
{
public:
    QString formatName() const override;
    int detect(const ImportSource &source) const override;
    Result<std::vector<ThreadDocument>> parse(const ImportSource &source) const override;
};

} // namespace Scholia
