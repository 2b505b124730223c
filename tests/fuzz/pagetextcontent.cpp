#include "pagetextcontent.h"

#include "html/gumbotree.h"

#include <QList>

namespace Scholia::Fuzz {

namespace {

// gumbo's utf8.c: the code points it replaces that a browser keeps.
bool gumboReplaces(char32_t c)
{
    return (c >= 0x1 && c <= 0x8) || c == 0xB || (c >= 0xE && c <= 0x1F) ||
           (c >= 0x7F && c <= 0x9F) || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

} // namespace

QString PageTextContent::of(const QString &html)
{
    // Parsed as a whole page, not alone: a bare document drops leading whitespace that an
    // element's content keeps.
    const QString page =
        QStringLiteral("<!DOCTYPE html><html><head></head><body><div class=\"body\">") + html +
        QStringLiteral("</div></body></html>");
    const GumboTree tree(page.toUtf8());
    const GumboTree::Node body = GumboTree::find(tree.root(), [](GumboTree::Node node) {
        return GumboTree::hasClass(node, QStringLiteral("body"));
    });
    return body ? GumboTree::text(body) : QString();
}

bool PageTextContent::matches(const QString &storedText, const QString &html)
{
    const QString shown = of(html);
    if (shown == storedText)
        return true;
    // Compared by code point: a replaced noncharacter above the BMP is two UTF-16 units.
    const QList<uint> stored = storedText.toUcs4();
    const QList<uint> page = shown.toUcs4();
    if (stored.size() != page.size())
        return false;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        if (stored[i] != page[i] && !(page[i] == 0xFFFD && gumboReplaces(char32_t(stored[i]))))
            return false;
    }
    return true;
}

} // namespace Scholia::Fuzz
