#pragma once

#include "import/importer.h"

namespace Scholia {

// A mailing-list archive in mbox form, read with GMime and threaded with JWZ's
// algorithm (MailThreader). Every thread root becomes a ThreadDocument: the root
// message is the post, its replies the comments.
class MboxImporter : public Importer
{
public:
    QString formatName() const override;
    int detect(const ImportSource &source) const override;
    bool readsUtf8Only() const override { return false; }
    Result<std::vector<ThreadDocument>> parse(const ImportSource &source) const override;
};

} // namespace Scholia
