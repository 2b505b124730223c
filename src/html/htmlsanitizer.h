#pragma once

#include <QString>

namespace Scholia {

// Sanitized markup and its text. `text` is exactly the textContent of `html`, so
// offsets into it mean the same thing to C++ (store, search) and to the view's JS.
struct SanitizedHtml
{
    QString html;
    QString text;
};

// The allowlist every piece of imported HTML passes before it is stored or shown:
// paragraphs, emphasis, links (http, https, mailto only), lists, quotes, code,
// tables, headings, sup/sub/del, br/hr. Scripts, styles, frames, forms, media and
// every attribute but a few safe ones are dropped; other elements are unwrapped so
// their text survives. Images become links to their source, labelled by their alt text.
class HtmlSanitizer
{
public:
    static SanitizedHtml sanitize(const QString &untrustedHtml);
    // sanitize() without its fast path: every fragment through the HTML parser. sanitize()
    // must give the same bytes on every input (tst_htmlsanitizer and the html-sanitizer-fast
    // fuzz target check).
    static SanitizedHtml sanitizeWithParser(const QString &untrustedHtml);

    // Plain text made safe to show as HTML, line breaks kept as <br>.
    static SanitizedHtml fromPlainText(const QString &text);

    // The allowed URL, or an empty string when the scheme is not http, https or mailto.
    static QString safeLinkTarget(const QString &href);
};

} // namespace Scholia
