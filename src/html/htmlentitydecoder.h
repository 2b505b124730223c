#pragma once

#include <QString>

namespace Scholia {

// Decodes HTML character references (&amp; &#39; &eacute; …) the way a browser does,
// for formats that store HTML or titles entity-escaped inside JSON.
class HtmlEntityDecoder
{
public:
    static QString decode(const QString &escaped);
    // decode() without its fast path: every reference through gumbo. decode() must agree
    // with it on every input (tst_htmlentitydecoder checks).
    static QString decodeWithParser(const QString &escaped);
};

} // namespace Scholia
