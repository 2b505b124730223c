#include "mailtextrenderer.h"

#include <QStringList>

#include <algorithm>
#include <optional>

namespace Scholia {

namespace {

struct QuotedLine
{
    int level = 0;
    QString content;
};

QuotedLine splitQuote(QStringView line)
{
    QuotedLine result;
    qsizetype pos = 0;
    while (pos < line.size() && line[pos] == QLatin1Char('>')) {
        ++result.level;
        ++pos;
        if (pos < line.size() && line[pos] == QLatin1Char(' '))
            ++pos;
    }
    result.content = line.mid(pos).toString();
    return result;
}

bool isIndented(const QString &line)
{
    return !line.isEmpty() && (line[0] == QLatin1Char(' ') || line[0] == QLatin1Char('\t'));
}

class HtmlBuilder
{
public:
    void line(const QuotedLine &quoted)
    {
        if (quoted.level != m_quoteLevel) {
            flushParagraph();
            for (; m_quoteLevel > quoted.level; --m_quoteLevel)
                m_html += QStringLiteral("</blockquote>");
            for (; m_quoteLevel < quoted.level; ++m_quoteLevel)
                m_html += QStringLiteral("<blockquote>");
        }
        if (quoted.content.trimmed().isEmpty())
            flushParagraph();
        else
            m_paragraph << quoted.content;
    }

    QString finish()
    {
        line({});
        flushParagraph();
        return std::move(m_html);
    }

private:
    // Indented lines are code, tables or ASCII art more often than prose: keep them as is.
    void flushParagraph()
    {
        if (m_paragraph.isEmpty())
            return;
        const bool preformatted = std::any_of(m_paragraph.cbegin(), m_paragraph.cend(), isIndented);
        QStringList escaped;
        for (const QString &text : std::as_const(m_paragraph))
            escaped << text.toHtmlEscaped();
        if (preformatted)
            m_html += QStringLiteral("<pre>") + escaped.join(QLatin1Char('\n')) +
                      QStringLiteral("</pre>");
        else
            m_html += QStringLiteral("<p>") + escaped.join(QStringLiteral("<br>")) +
                      QStringLiteral("</p>");
        m_paragraph.clear();
    }

    QString m_html;
    QStringList m_paragraph;
    int m_quoteLevel = 0;
};

} // namespace

SanitizedHtml MailTextRenderer::render(const QString &plainText, Format format)
{
    const bool flowed = format != Format::Fixed;
    HtmlBuilder builder;
    std::optional<QuotedLine> continued; // a flowed line waiting for the rest of it
    const QStringList lines = plainText.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        QStringView view(line);
        if (view.endsWith(QLatin1Char('\r')))
            view.chop(1);
        QuotedLine quoted = splitQuote(view);
        if (flowed && quoted.level == 0 && quoted.content.startsWith(QLatin1Char(' ')))
            quoted.content.remove(0, 1);
        if (continued) {
            if (continued->level == quoted.level)
                quoted.content.prepend(continued->content);
            else
                builder.line(*continued);
            continued.reset();
        }
        const bool soft = flowed && quoted.content.endsWith(QLatin1Char(' ')) &&
                          quoted.content != QLatin1String("-- ");
        if (soft) {
            if (format == Format::FlowedDelSp)
                quoted.content.chop(1);
            continued = std::move(quoted);
            continue;
        }
        builder.line(quoted);
    }
    if (continued)
        builder.line(*continued);
    return HtmlSanitizer::sanitize(builder.finish());
}

} // namespace Scholia
