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
    // A page read in pieces (RdramaPagePieces) streams: its bytes are given back as the
    // pieces pass, and its comments go to the store one by one once the page is read
    // (their parents are known only then), freed as they are saved (issue 17, round 6).
    bool streamsComments() const override { return true; }
    Result<void> stream(ImportSource &source, CommentSink &sink) const override;
};

} // namespace Scholia
