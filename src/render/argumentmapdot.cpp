#include "argumentmapdot.h"

#include "core/argumentmap.h"
#include "core/highlightpalette.h"

namespace Scholia {

namespace {

// Okabe–Ito hues (as the highlights), told apart by line style and arrow head too, and
// every edge is labelled: the map reads in greyscale.
struct EdgeStyle
{
    const char *color;
    const char *style;
    const char *arrowhead;
    const char *direction;
};

EdgeStyle styleOf(AnnotationLinkType type)
{
    switch (type) {
    case AnnotationLinkType::Supports:
        return {"#009E73", "solid", "normal", "forward"};
    case AnnotationLinkType::Rebuts:
        return {"#D55E00", "bold", "tee", "forward"};
    case AnnotationLinkType::Asks:
        return {"#CC79A7", "dashed", "empty", "forward"};
    case AnnotationLinkType::Answers:
        return {"#0072B2", "solid", "normal", "forward"};
    case AnnotationLinkType::SamePoint:
        return {"#666666", "dotted", "none", "none"};
    }
    return {"#000000", "solid", "normal", "forward"};
}

bool isXmlCharacter(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString font(const QString &html, int pointSize, const QString &color = {})
{
    QString attributes = QStringLiteral(" POINT-SIZE=\"%1\"").arg(pointSize);
    if (!color.isEmpty())
        attributes += QStringLiteral(" COLOR=\"%1\"").arg(color);
    return QStringLiteral("<FONT%1>%2</FONT>").arg(attributes, html);
}

// A row of the label's two-column table (reference | author) that spans both columns.
QString row(const QString &html)
{
    return QStringLiteral("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\" COLSPAN=\"2\">%1</TD></TR>")
        .arg(html);
}

} // namespace

QString ArgumentMapDot::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (c.isSurrogate() || !isXmlCharacter(c.unicode()))
            continue; // XML, and so Graphviz's label parser, cannot hold it
        if (isBidiControl(c.unicode()))
            continue; // SVG text cannot isolate it: it would reorder the rest of the line
        switch (c.unicode()) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        case '\'':
            out += QStringLiteral("&#39;");
            break;
        case '\\':
            // Graphviz reads \N, \G, \L… in a label as the node's name, the graph's, …
            // (even in an HTML-like label, after its entities); a doubled one is itself.
            out += QStringLiteral("\\\\");
            break;
        case '\t':
        case '\n':
        case '\r':
            out += QLatin1Char(' ');
            break;
        default:
            out += c;
        }
    }
    return out;
}

QStringList ArgumentMapDot::wrapped(const QString &text, int width, int maxLines)
{
    // Words longer than a line are cut into pieces of a line each.
    QStringList pieces;
    for (const QString &word : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        for (qsizetype at = 0; at < word.size(); at += width)
            pieces << word.mid(at, width);
    }
    QStringList lines;
    QString line;
    bool cut = false;
    for (const QString &piece : pieces) {
        const QString longer = line.isEmpty() ? piece : line + QLatin1Char(' ') + piece;
        if (longer.size() <= width) {
            line = longer;
            continue;
        }
        lines << line;
        line = piece;
        if (lines.size() == maxLines) {
            cut = true;
            break;
        }
    }
    if (!cut && !line.isEmpty())
        lines << line;
    if (cut && !lines.isEmpty()) {
        QString &last = lines.last();
        if (last.size() >= width)
            last.chop(1);
        last += QChar(0x2026);
    }
    return lines;
}

QString ArgumentMapDot::tagsRow(const ArgumentClaim &claim)
{
    constexpr int shownTags = 3;
    const QStringList &tags = claim.passage.tags;
    if (tags.isEmpty())
        return {};
    // A square in the tag's colour before its name: one run of text, no nested table.
    QStringList shown;
    for (qsizetype i = 0; i < tags.size() && i < shownTags; ++i) {
        const QString hex = HighlightPalette::hex(claim.tagColors.value(i));
        const QString chip = hex.isEmpty() ? QString() : font(QStringLiteral("\u25a0"), 9, hex);
        shown << chip + escaped(QStringLiteral("\u00a0") + tags.at(i));
    }
    if (tags.size() > shownTags)
        shown << escaped(tr("+%1 more").arg(tags.size() - shownTags));
    return row(font(shown.join(QStringLiteral("  ")), 8));
}

QString ArgumentMapDot::node(const ArgumentClaim &claim, qint64 homeThreadId)
{
    const TopicPassage &p = claim.passage;
    const bool orphaned = p.anchorState == AnchorState::Orphaned;
    const QString author =
        p.author.isEmpty() ? tr("(comment gone)") : wrapped(p.author, quoteWidth, 1).value(0);
    // Two cells: a space between two runs of text is lost on the way to SVG.
    QString rows = QStringLiteral("<TR><TD ALIGN=\"LEFT\"><B>%1</B></TD>"
                                  "<TD ALIGN=\"LEFT\" WIDTH=\"200\">%2</TD></TR>")
                       .arg(escaped(claim.reference), escaped(author));
    const QString quote = p.wholeComment ? tr("the whole comment: %1").arg(p.quote) : p.quote;
    QStringList lines;
    for (const QString &line : wrapped(quote, quoteWidth, quoteLines))
        lines << escaped(line);
    if (!lines.isEmpty())
        rows += row(QStringLiteral("\u201c%1\u201d").arg(lines.join(QStringLiteral("<BR/>"))));
    if (homeThreadId == 0 || p.threadId != homeThreadId)
        rows += row(font(
            escaped(tr("in \u201c%1\u201d").arg(wrapped(p.threadTitle, quoteWidth, 1).value(0))), 8,
            QStringLiteral("#444444")));
    if (orphaned)
        rows += row(font(escaped(tr("orphaned: no longer found in the thread")), 8,
                         QStringLiteral("#444444")));
    rows += tagsRow(claim);
    const QString border = orphaned ? QStringLiteral("#888888")
                           : HighlightPalette::hex(p.color).isEmpty()
                               ? QStringLiteral("#333333")
                               : HighlightPalette::hex(p.color);
    return QStringLiteral("  a%1 [id=\"ann-%1\", class=\"claim%2\", color=\"%3\", style=\"%4\", "
                          "label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" "
                          "CELLPADDING=\"1\">%5</TABLE>>];\n")
        .arg(QString::number(p.annotationId), orphaned ? QStringLiteral(" orphaned") : QString(),
             border,
             orphaned ? QStringLiteral("rounded,dashed,filled") : QStringLiteral("rounded,filled"),
             rows);
}

QString ArgumentMapDot::edge(const AnnotationLink &link)
{
    const EdgeStyle style = styleOf(link.type);
    const QString key = AnnotationLinkTypes::key(link.type);
    return QStringLiteral("  a%1 -> a%2 [id=\"link-%3\", class=\"link %4\", color=\"%5\", "
                          "fontcolor=\"%5\", style=\"%6\", arrowhead=\"%7\", dir=\"%8\", "
                          "label=<%9>];\n")
        .arg(QString::number(link.from), QString::number(link.to), QString::number(link.id), key,
             QLatin1String(style.color), QLatin1String(style.style), QLatin1String(style.arrowhead),
             QLatin1String(style.direction), escaped(AnnotationLinkTypes::label(link.type)));
}

QString ArgumentMapDot::write(const ArgumentMap &map, qint64 homeThreadId)
{
    // Ids, colours and styles are the program's own; only labels carry outside text.
    QString dot = QStringLiteral(
        "digraph argument {\n"
        "  graph [rankdir=BT, nodesep=0.35, ranksep=0.45, fontname=\"DejaVu Sans\"];\n"
        "  node [shape=box, fontname=\"DejaVu Sans\", fontsize=10, fillcolor=\"#FFFFFF\", "
        "penwidth=2, margin=\"0.08,0.05\"];\n"
        "  edge [fontname=\"DejaVu Sans\", fontsize=9, penwidth=1.5];\n");
    for (const ArgumentClaim &claim : map.claims)
        dot += node(claim, homeThreadId);
    for (const AnnotationLink &link : map.links) {
        if (map.claim(link.from) && map.claim(link.to))
            dot += edge(link);
    }
    dot += QStringLiteral("}\n");
    return dot;
}

} // namespace Scholia
