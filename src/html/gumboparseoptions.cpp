#include "gumboparseoptions.h"

namespace Scholia {

namespace {

GumboOptions recordingErrors(int most)
{
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = most;
    return options;
}

} // namespace

const GumboOptions &GumboParseOptions::withoutErrorLog()
{
    static const GumboOptions options = recordingErrors(0);
    return options;
}

const GumboOptions &GumboParseOptions::withFirstErrorOnly()
{
    static const GumboOptions options = recordingErrors(1);
    return options;
}

} // namespace Scholia
