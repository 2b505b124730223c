#pragma once

// The fuzz targets: each takes arbitrary bytes and must neither crash, hang, leak nor
// return something that breaks the invariants its callers rely on (it aborts when one
// breaks). The same functions run under libFuzzer (fuzz-<name>, built with
// -DSCHOLIA_FUZZ=ON) and in the ordinary build over every kept crashing input
// (tst_fuzzregressions), so a fixed crash stays fixed.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace Scholia::Fuzz {

using FuzzFunction = int (*)(const uint8_t *data, size_t size);

struct FuzzTarget
{
    std::string_view name; // as in tests/fuzz/targets.txt and regressions/<name>/
    FuzzFunction run;
};

const std::vector<FuzzTarget> &allTargets();
// The target of that name, or null.
const FuzzTarget *targetNamed(std::string_view name);

// One per importer, each reached through the registry as a real import is (with the
// UTF-8 repair before it) and forced to its format.
int fuzzRedditJson(const uint8_t *data, size_t size);
int fuzzBdfrArchive(const uint8_t *data, size_t size);
int fuzzDiscourseJson(const uint8_t *data, size_t size);
int fuzzStackExchangePosts(const uint8_t *data, size_t size);
int fuzzHackerNewsAlgolia(const uint8_t *data, size_t size);
int fuzzHackerNewsItems(const uint8_t *data, size_t size);
int fuzzHackerNewsHtml(const uint8_t *data, size_t size);
int fuzzHnpwa(const uint8_t *data, size_t size);
int fuzzOldRedditHtml(const uint8_t *data, size_t size);
int fuzzRdramaHtml(const uint8_t *data, size_t size);
int fuzzMbox(const uint8_t *data, size_t size);
int fuzzTextDump(const uint8_t *data, size_t size);
// A community dump (zstd NDJSON, or its lines unpacked) read, staged and assembled as
// DumpLibraryImporter does, without the library.
int fuzzPushshiftDump(const uint8_t *data, size_t size);

// HtmlSanitizer::sanitize and safeLinkTarget.
int fuzzHtmlSanitizer(const uint8_t *data, size_t size);
// SimpleMarkupReader (the sanitizer's fast path) against HtmlSanitizer::sanitizeWithParser.
int fuzzHtmlSanitizerFastPath(const uint8_t *data, size_t size);
// SearchQueryParser::parse.
int fuzzSearchQuery(const uint8_t *data, size_t size);
// TextDumpSegmenter and QuoteFinder on paragraphs, blank lines and trailers of any shape.
int fuzzTextReconstruction(const uint8_t *data, size_t size);

} // namespace Scholia::Fuzz
