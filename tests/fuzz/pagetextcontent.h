#pragma once

#include <QString>

namespace Scholia::Fuzz {

// The textContent a browser gives a comment's sanitized HTML where the thread page puts
// it (inside <div class="body">): what annotation offsets are counted in by the view's
// script, and what the stored text must equal.
class PageTextContent
{
public:
    // As gumbo parses it, which is the HTML standard's parse but for one difference
    // (see matches()).
    static QString of(const QString &html);
    // Whether the stored text is what a browser shows for html. Gumbo turns control
    // characters and noncharacters of the input into U+FFFD, where the standard (and
    // Chromium) keeps them: there, U+FFFD on the page matches such a character stored.
    static bool matches(const QString &storedText, const QString &html);
};

} // namespace Scholia::Fuzz
