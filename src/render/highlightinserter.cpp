#include "highlightinserter.h"

#include <algorithm>

namespace Scholia {

namespace {

// The entities HtmlSanitizer's escaping produces, each one character of text.
int entityLength(const QString &html, qsizetype at)
{
    for (const char *entity : {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"}) {
        const QLatin1String name(entity);
        if (QStringView(html).mid(at).startsWith(name))
            return int(name.size());
    }
    return 1; // a lone '&' is itself
}

class MarkWriter
{
public:
    explicit MarkWriter(const std::vector<HighlightSpan> &spans) : m_spans(spans) {}

    // Opens, closes or changes the mark for the text character at `offset`.
    void atText(QString &out, qsizetype offset)
    {
        const QString wanted = markFor(offset);
        if (wanted == m_open)
            return;
        close(out);
        if (!wanted.isEmpty()) {
            out += wanted;
            m_open = wanted;
        }
    }
    void close(QString &out)
    {
        if (!m_open.isEmpty())
            out += QLatin1String("</mark>");
        m_open.clear();
    }

private:
    QString markFor(qsizetype offset) const
    {
        QString ids;
        const HighlightSpan *newest = nullptr;
        for (const HighlightSpan &span : m_spans) {
            if (span.start <= offset && offset < span.end) {
                ids += (ids.isEmpty() ? QString() : QStringLiteral(" ")) + QString::number(span.annotationId);
                if (!newest || span.annotationId > newest->annotationId)
                    newest = &span;
            }
        }
        if (!newest)
            return {};
        const QString title = newest->title.isEmpty()
            ? QString()
            : QStringLiteral(" title=\"%1\"").arg(newest->title.toHtmlEscaped());
        return QStringLiteral("<mark class=\"hl hl-%1\" data-annotation=\"%2\"%3>")
            .arg(newest->color.toHtmlEscaped(), ids, title);
    }

    const std::vector<HighlightSpan> &m_spans;
    QString m_open;
};

} // namespace

QString HighlightInserter::insert(const QString &html, std::vector<HighlightSpan> spans)
{
    spans.erase(std::remove_if(spans.begin(), spans.end(),
                               [](const HighlightSpan &s) { return s.start < 0 || s.end <= s.start; }),
                spans.end());
    if (spans.empty())
        return html;

    QString out;
    out.reserve(html.size() + int(spans.size()) * 64);
    MarkWriter marks(spans);
    qsizetype offset = 0; // in the text
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('<')) {
            marks.close(out);
            const qsizetype end = html.indexOf(QLatin1Char('>'), i);
            const qsizetype tagEnd = end < 0 ? html.size() : end + 1;
            const QStringView tag = QStringView(html).mid(i, tagEnd - i);
            out += tag;
            i = tagEnd;
            // The browser drops the newline right after <pre>; it is not in the text.
            if (tag.startsWith(QLatin1String("<pre")) && i < html.size() && html.at(i) == QLatin1Char('\n')) {
                out += QLatin1Char('\n');
                ++i;
            }
            continue;
        }
        const int length = c == QLatin1Char('&') ? entityLength(html, i) : 1;
        marks.atText(out, offset);
        out += QStringView(html).mid(i, length);
        i += length;
        ++offset;
    }
    marks.close(out);
    return out;
}

} // namespace Scholia
