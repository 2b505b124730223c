#pragma once

#include "import/importer.h"

namespace Scholia {

// Hacker News in the HNPWA / node-hnapi shape (api.hnpwa.com/v0/item/ID.json): the story
// with "comments" nested, each with "user", "time", "content" (HTML) and its "level".
class HnpwaImporter : public Importer
{
public:
    QString formatName() const override;
    int detect(const ImportSource &source) const override;
    Result<std::vector<ThreadDocument>> parse(const ImportSource &source) const override;
};

} // namespace Scholia
