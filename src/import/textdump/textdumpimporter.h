#pragma once

#include "import/importer.h"

namespace Scholia {

// The text of a forum page with its markup gone (a "Save as text", a copy of the whole
// page). Best effort and honest: the page's boilerplate is dropped, the first short line
// is the title, and comments are rebuilt by TextDumpSegmenter from what the text still
// shows. A dump keeps no authors or times; every comment is marked "reconstructed from
// text" in the view (ThreadDocument::isReconstructedFromText).
class TextDumpImporter : public Importer
{
public:
    QString formatName() const override;
    int detect(const ImportSource &source) const override;
    Result<std::vector<ThreadDocument>> parse(const ImportSource &source) const override;
};

} // namespace Scholia
