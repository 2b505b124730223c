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

const GumboOptions &GumboParseOptions::withFirstErrorOnly()
{
    static const GumboOptions options = [] {
        GumboOptions firstOnly = kGumboDefaultOptions;
        firstOnly.max_errors = 1;
        return firstOnly;
    }();
    return options;
}

} // namespace Scholia
