#include "printcommentbody.h"

#include "highlightinserter.h"

#include <QHash>

#include <algorithm>

namespace Scholia {

namespace {

// The text of a piece of sanitized markup: tags dropped, the escaping HtmlSanitizer uses undone.
QString textOf(QStringView html)
{
    QString text;
    bool inTag = false;
    for (const QChar c : html) {
        if (c == QLatin1Char('<'))
            inTag = true;
        else if (c == QLatin1Char('>'))
            inTag = false;
        else if (!inTag)
            text += c;
    }
    return text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
}

QString withoutScheme(QString url)
{
    for (const QLatin1String scheme :
         {QLatin1String("https://"), QLatin1String("http://"), QLatin1String("mailto:")}) {
        if (url.startsWith(scheme))
            return url.mid(scheme.size());
    }
    return url;
}

} // namespace

QString PrintCommentBody::render(const QString &sanitizedHtml,
                                 const std::vector<PrintHighlight> &highlights)
{
    std::vector<HighlightSpan> spans;
    spans.reserve(highlights.size());
    for (const PrintHighlight &h : highlights)
        spans.push_back({h.start, h.end, h.annotationId, h.color, QString()});
    const QString marked =
        spans.empty() ? sanitizedHtml : HighlightInserter::insert(sanitizedHtml, std::move(spans));
    return writeOutShortUrls(insertLabels(marked, highlights));
}

// A label goes after the last mark holding its annotation: HighlightInserter closes and
// reopens marks at element boundaries and where overlapping passages begin or end, so
// the last mark with an id is the one that ends where the passage does.
QString PrintCommentBody::insertLabels(const QString &marked,
                                       const std::vector<PrintHighlight> &highlights)
{
    if (highlights.empty())
        return marked;
    const QLatin1String markStart("<mark class=\"hl ");
    const QLatin1String idsStart("data-annotation=\"");
    const QLatin1String markEnd("</mark>");
    QHash<qint64, qsizetype> lastEnd; // annotation → index just after its last </mark>
    for (qsizetype at = marked.indexOf(markStart); at >= 0;
         at = marked.indexOf(markStart, at + 1)) {
        const qsizetype ids = marked.indexOf(idsStart, at) + idsStart.size();
        const qsizetype idsEnd = marked.indexOf(QLatin1Char('"'), ids);
        const qsizetype close = marked.indexOf(markEnd, idsEnd);
        if (ids < idsStart.size() || idsEnd < 0 || close < 0)
            break; // not HighlightInserter's output; leave the rest alone
        for (const QStringView id :
             QStringView(marked).mid(ids, idsEnd - ids).split(QLatin1Char(' ')))
            lastEnd.insert(id.toLongLong(), close + markEnd.size());
    }
    std::vector<std::pair<qsizetype, const PrintHighlight *>> inserts;
    for (const PrintHighlight &h : highlights) {
        if (const auto found = lastEnd.constFind(h.annotationId); found != lastEnd.constEnd())
            inserts.emplace_back(*found, &h);
    }
    // From the end, so earlier positions stay valid; labels at one place keep passage order.
    std::stable_sort(inserts.begin(), inserts.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QString out = marked;
    for (auto it = inserts.begin(); it != inserts.end();) {
        QString labels;
        const qsizetype at = it->first;
        auto group = it;
        for (; group != inserts.end() && group->first == at; ++group)
            labels.prepend(group->second->labelHtml);
        out.insert(at, labels);
        it = group;
    }
    return out;
}

QString PrintCommentBody::writeOutShortUrls(const QString &html)
{
    const QLatin1String linkStart("<a href=\"");
    const QLatin1String linkEnd("</a>");
    QString out;
    qsizetype from = 0;
    for (qsizetype at = html.indexOf(linkStart); at >= 0; at = html.indexOf(linkStart, from)) {
        const qsizetype hrefEnd = html.indexOf(QLatin1Char('"'), at + linkStart.size());
        const qsizetype tagEnd = html.indexOf(QLatin1Char('>'), hrefEnd);
        const qsizetype close = html.indexOf(linkEnd, tagEnd);
        if (hrefEnd < 0 || tagEnd < 0 || close < 0)
            break;
        const qsizetype after = close + linkEnd.size();
        out += QStringView(html).mid(from, after - from);
        from = after;
        const QString href =
            textOf(QStringView(html).mid(at + linkStart.size(), hrefEnd - at - linkStart.size()));
        const QString text =
            textOf(QStringView(html).mid(tagEnd + 1, close - tagEnd - 1)).trimmed();
        // A link that shows its own address already says it; a long one would swamp the text.
        if (href.size() > shortUrlLength || text == href || text == withoutScheme(href) ||
            withoutScheme(text) == withoutScheme(href))
            continue;
        out += QStringLiteral("<span class=\"url\"> (%1)</span>").arg(href.toHtmlEscaped());
    }
    out += QStringView(html).mid(from);
    return out;
}

} // namespace Scholia
