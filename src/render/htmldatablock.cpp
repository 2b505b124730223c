#include "htmldatablock.h"

namespace Scholia {

void HtmlDataBlock::appendJsonString(QString &out, QStringView text)
{
    static const char16_t hex[] = u"0123456789abcdef";
    // Written through a pointer into room for the worst case (every character as
    // \uXXXX), then cut to size: the tail of a 50 000-comment page is tens of MB.
    const qsizetype before = out.size();
    out.resize(before + text.size() * 6 + 2);
    char16_t *to = reinterpret_cast<char16_t *>(out.data()) + before;
    *to++ = u'"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            *to++ = u'\\';
            *to++ = u;
        } else if (u >= 0x20 && u < 0x7f && u != u'<') {
            *to++ = u;
        } else {
            // Surrogate halves are escaped one by one, which JSON reads back as the pair.
            *to++ = u'\\';
            *to++ = u'u';
            *to++ = hex[(u >> 12) & 0xf];
            *to++ = hex[(u >> 8) & 0xf];
            *to++ = hex[(u >> 4) & 0xf];
            *to++ = hex[u & 0xf];
        }
    }
    *to++ = u'"';
    out.truncate(to - reinterpret_cast<const char16_t *>(out.constData()));
}

void HtmlDataBlock::appendOpening(QString &out, const QString &id, const QString &className)
{
    out += QStringLiteral("<script type=\"application/json\"");
    if (!id.isEmpty())
        out += QStringLiteral(" id=\"%1\"").arg(id.toHtmlEscaped());
    if (!className.isEmpty())
        out += QStringLiteral(" class=\"%1\"").arg(className.toHtmlEscaped());
    out += QLatin1Char('>');
}

void HtmlDataBlock::appendClosing(QString &out)
{
    out += QStringLiteral("</script>\n");
}

} // namespace Scholia
