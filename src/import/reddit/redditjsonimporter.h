#pragma once

#include "import/importer.h"

namespace Scholia {

// Reddit's own JSON for a thread (the thread URL + ".json"): an array of two
// Listings, the post (t3) and its comment tree (t1 with nested "replies", and "more"
// stubs for replies the file does not contain).
class RedditJsonImporter : public Importer
{
public:
    QString formatName() const override;
    int detect(const ImportSource &source) const override;
    Result<std::vector<ThreadDocument>> parse(const ImportSource &source) const override;
    bool streamsComments() const override { return true; }
    Result<void> stream(ImportSource &source, CommentSink &sink) const override;
};

} // namespace Scholia
