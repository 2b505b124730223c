#pragma once

#include "import/importer.h"

namespace Scholia {

// Posts.xml from a Stack Exchange data dump: one <row> per post of a whole site. Each
// question becomes a thread whose answers are its replies; tag wikis and the other row
// types are not discussions and are left out (counted in a warning).
class StackExchangePostsImporter : public Importer
{
public:
    QString formatName() const override;
    int detect(const ImportSource &source) const override;
    Result<std::vector<ThreadDocument>> parse(const ImportSource &source) const override;
};

} // namespace Scholia
