#pragma once

#include "import/importer.h"

namespace Scholia {

// A news.ycombinator.com/item?id=N page saved from the browser. Reads today's markup
// (tr.athing.comtr rows, td.ind indent, .commtext, .hnuser, .age[title]) and the older
// one (rows holding td.default, indent by spacer image width, span.comment).
class HackerNewsHtmlImporter : public Importer
{
public:
    QString formatName() const override;
    int detect(const ImportSource &source) const override;
    Result<std::vector<ThreadDocument>> parse(const ImportSource &source) const override;
};

} // namespace Scholia
