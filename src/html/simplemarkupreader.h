#pragma once

#include "htmlsanitizer.h"

#include <QStringView>

#include <optional>

namespace Scholia {

// The fast path of HtmlSanitizer: reads the markup most saved comments hold (paragraphs,
// emphasis, links, code, quotes, lists, line breaks, the five escaping references)
// without building a parse tree, and feeds the allowlist the tree the HTML parser would
// build. It is a recogniser, not a parser: it knows only input whose tree is certain
// (tags written plainly, closed in order or where HTML's rules close them without a
// parse error) and returns nothing for anything else, which then goes to gumbo.
// Its output must equal HtmlSanitizer::sanitizeWithParser() byte for byte
// (tst_htmlsanitizer and the html-sanitizer-fast fuzz target compare them).
class SimpleMarkupReader
{
public:
    static std::optional<SanitizedHtml> sanitize(QStringView html);
};

} // namespace Scholia
