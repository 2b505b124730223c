#pragma once

#include <QString>

namespace Scholia {

// Decodes HTML character references (&amp; &#39; &eacute; …) the way a browser does,
// for formats that store HTML or titles entity-escaped inside JSON.
class HtmlEntityDecoder
{
public:
    static QString decode(const QString &escaped);
};

} // namespace Scholia
