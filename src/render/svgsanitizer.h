#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace Scholia {

// Keeps only the drawing of an SVG document: an allowlist of shape, text and grouping
// elements and of their geometry and paint attributes, read with QXmlStreamReader and
// written anew with QXmlStreamWriter (so every text and attribute is escaped again).
// Everything else goes: scripts, foreignObject, style, images, <use>, event attributes,
// any href (an <a> is dropped but its drawing kept), values that refer elsewhere
// (url(…), javascript:), the DOCTYPE, comments and processing instructions. id and class
// values are kept only when made of letters, digits, '-' and '_'. The result has no XML
// declaration, so it can be inlined into HTML as it is.
class SvgSanitizer
{
    Q_DECLARE_TR_FUNCTIONS(SvgSanitizer)

public:
    static Result<QString> sanitize(const QString &svg);
};

} // namespace Scholia
