#pragma once

#include "import/importer.h"

namespace Scholia {

// A Discourse topic as its JSON API serves it (/t/slug/ID.json): the posts in
// "post_stream.posts", each naming the post it answers by "reply_to_post_number".
// Post 1 is the topic's own text. Moderator and small-action notices ("pinned",
// "closed") are not replies anyone wrote: they are left out, counted in a warning.
class DiscourseJsonImporter : public Importer
{
public:
    QString formatName() const override;
    int detect(const ImportSource &source) const override;
    Result<std::vector<ThreadDocument>> parse(const ImportSource &source) const override;
};

} // namespace Scholia
