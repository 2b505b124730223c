#pragma once

#include <QString>

namespace Scholia {

// JSON carried inside a page as an inert data block (<script type="application/json">):
// the browser neither runs it nor builds elements from it, so it costs a page only the
// bytes. The text holds no '<' (nothing from a saved file can end the block or open a
// comment inside it: in a script element's text only '<' starts markup, so '>' and '&' stay
// as they are — escaped, they made a tenth of a 50 000-comment page) and only ASCII (Blink
// keeps it as an 8-bit string).
class HtmlDataBlock
{
public:
    // A JSON string literal, quotes included.
    static void appendJsonString(QString &out, QStringView text);
    // The element's opening tag and closing tag, appended to out; between them the caller
    // appends JSON written safely (appendJsonString), so a tens-of-MB block is written once.
    static void appendOpening(QString &out, const QString &id, const QString &className);
    static void appendClosing(QString &out);
};

} // namespace Scholia
