#pragma once

#include "import/importer.h"

namespace Scholia {

// A Reddit submission as Bulk Downloader for Reddit's `archive` command writes it:
// one JSON object with the post's fields and "comments", each comment with its
// "replies" nested. Texts are Reddit Markdown. Ids are Reddit's own, so a bdfr archive
// and a reddit-json save of the same thread merge.
class BdfrArchiveImporter : public Importer
{
public:
    QString formatName() const override;
    int detect(const ImportSource &source) const override;
    Result<std::vector<ThreadDocument>> parse(const ImportSource &source) const override;
};

} // namespace Scholia
