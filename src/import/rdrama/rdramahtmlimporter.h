#pragma once

#include "import/importer.h"

namespace Scholia {

// A post page of an rDrama-codebase site (themotte.org and its sisters) saved from the
// browser. Comments are div#comment-{id}.comment holding #comment-{id}-only (author in
// .user-name, body in #comment-text-{id}, time in the timestamp('timestamp-{id}','{utc}')
// handler of #timestamp-{id}, edit time likewise in #time-edit-{id}) and their replies in
// #replies-of-{id}; #morecomment-{id} stands for replies the page did not show. The post
// comes from the submission block (#post-{id}, #post-title, .user-name, #post-text).
// Handlers are only read as text for the number they carry; nothing is executed.
class RdramaHtmlImporter : public Importer
{
public:
    QString formatName() const override;
    int detect(const ImportSource &source) const override;
    Result<std::vector<ThreadDocument>> parse(const ImportSource &source) const override;
};

} // namespace Scholia
