#pragma once

#include "html/htmlsanitizer.h"

#include <QString>

namespace Scholia {

// A plain-text mail body as HTML: paragraphs keep their line breaks, indented blocks
// stay preformatted, and quoted lines ("> ", "> > ", ">>") become nested blockquotes.
// Everything is escaped, then passed through HtmlSanitizer so text == textContent(html).
class MailTextRenderer
{
public:
    // RFC 3676 format=flowed: a line ending in a space continues on the next (DelSp: and
    // that space is not part of the text); a leading space was added only for transport.
    enum class Format
    {
        Fixed,
        Flowed,
        FlowedDelSp
    };

    static SanitizedHtml render(const QString &plainText, Format format = Format::Fixed);
};

} // namespace Scholia
