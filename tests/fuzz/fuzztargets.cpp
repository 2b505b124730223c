#include "fuzztargets.h"

namespace Scholia::Fuzz {

const std::vector<FuzzTarget> &allTargets()
{
    static const std::vector<FuzzTarget> targets{
        {"reddit-json", fuzzRedditJson},
        {"bdfr", fuzzBdfrArchive},
        {"discourse", fuzzDiscourseJson},
        {"stackexchange-posts", fuzzStackExchangePosts},
        {"hn-algolia", fuzzHackerNewsAlgolia},
        {"hn-items", fuzzHackerNewsItems},
        {"hn-html", fuzzHackerNewsHtml},
        {"hnpwa", fuzzHnpwa},
        {"old-reddit-html", fuzzOldRedditHtml},
        {"rdrama-html", fuzzRdramaHtml},
        {"mbox", fuzzMbox},
        {"text-dump", fuzzTextDump},
        {"pushshift-dump", fuzzPushshiftDump},
        {"html-sanitizer", fuzzHtmlSanitizer},
        {"html-sanitizer-fast", fuzzHtmlSanitizerFastPath},
        {"search-query", fuzzSearchQuery},
        {"text-reconstruction", fuzzTextReconstruction},
    };
    return targets;
}

const FuzzTarget *targetNamed(std::string_view name)
{
    for (const FuzzTarget &target : allTargets()) {
        if (target.name == name)
            return &target;
    }
    return nullptr;
}

} // namespace Scholia::Fuzz
