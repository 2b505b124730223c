#pragma once

#include <gumbo.h>

namespace Scholia {

// The options every gumbo parse of the project uses: gumbo's defaults, except that parse
// errors are not recorded. Nothing reads them, and gumbo copies the whole stack of open
// elements into each one, so memory grew with depth × errors: a 33 KB comment of a few
// thousand unclosed <div>s took 700 MB and a second to parse.
class GumboParseOptions
{
public:
    static const GumboOptions &withoutErrorLog();
    // The first parse error only: enough to tell whether there was one, at no such cost.
    static const GumboOptions &withFirstErrorOnly();
};

} // namespace Scholia
