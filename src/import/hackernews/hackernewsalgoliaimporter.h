#pragma once

#include "import/importer.h"

namespace Scholia {

// Hacker News as Algolia's API serves it (hn.algolia.com/api/v1/items/ID): the story
// with its whole comment tree nested in "children".
class HackerNewsAlgoliaImporter : public Importer
{
public:
    QString formatName() const override;
    int detect(const ImportSource &source) const override;
    Result<std::vector<ThreadDocument>> parse(const ImportSource &source) const override;
    bool streamsComments() const override { return true; }
    Result<void> stream(ImportSource &source, CommentSink &sink) const override;
};

} // namespace Scholia
