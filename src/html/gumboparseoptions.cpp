#include "gumboparseoptions.h"

namespace Scholia {

const GumboOptions &GumboParseOptions::withoutErrorLog()
{
    static const GumboOptions options = [] {
        GumboOptions quiet = kGumboDefaultOptions;
        quiet.max_errors = 0;
        return quiet;
    }();
    return options;
}

} // namespace Scholia
