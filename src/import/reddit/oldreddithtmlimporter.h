#pragma once

#include "import/importer.h"

namespace Scholia {

// An old.reddit.com comments page saved from the browser: the post is div.thing.link,
// each comment a div.thing.comment (data-fullname "t1_ID") whose replies sit in its
// div.child > div.sitetable; div.morechildren stubs become placeholders. Names the thread
// and its comments by Reddit's bare ids, so it merges with Reddit JSON and bdfr saves.
class OldRedditHtmlImporter : public Importer
{
public:
    QString formatName() const override;
    int detect(const ImportSource &source) const override;
    Result<std::vector<ThreadDocument>> parse(const ImportSource &source) const override;
};

} // namespace Scholia
