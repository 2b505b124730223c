#include "topicmarkdownwriter.h"

#include "core/topicthread.h"

#include <QStringList>

namespace Scholia {

namespace {

const QChar middleDot(0x00B7);

// Characters that start or end Markdown syntax anywhere in a line: emphasis, code,
// links and images, raw HTML and autolinks, entities, tables, strikethrough.
bool isInlineSyntax(QChar c)
{
    return QStringView(u"\\`*_[]<>&|~").contains(c);
}

// Characters that make a line a heading, a list item, a quote, a thematic break or a
// setext underline when they open it.
bool opensBlock(QChar c)
{
    return QStringView(u"#>-+=").contains(c);
}

QString escapedLine(QStringView line, bool everyHash = false)
{
    QString out;
    out.reserve(line.size() + 8);
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (isInlineSyntax(c) || (i == 0 && opensBlock(c)) || (everyHash && c == QLatin1Char('#')))
            out += QLatin1Char('\\');
        out += c;
    }
    // "1. " or "1) " at the start would make an ordered list.
    qsizetype digits = 0;
    while (digits < out.size() && out.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits < out.size() &&
        (out.at(digits) == QLatin1Char('.') || out.at(digits) == QLatin1Char(')')))
        out.insert(digits, QLatin1Char('\\'));
    return out;
}

// User text in a place that takes a single line (a heading, the meta line). A '#' is
// escaped anywhere: at the end of a heading it would be taken as its closing sequence.
QString escapedInline(const QString &text)
{
    return escapedLine(text.simplified(), true);
}

QString formattedTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// A blockquote of text, paragraph breaks kept as "> " lines.
QString blockquote(const QString &text)
{
    QStringList lines;
    for (const QString &line : TopicMarkdownWriter::escaped(text).split(QLatin1Char('\n')))
        lines << (line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line);
    return lines.join(QLatin1Char('\n'));
}

QString metaLine(const TopicPassage &passage)
{
    QStringList parts;
    parts << (passage.author.isEmpty() ? TopicMarkdownWriter::tr("unknown author")
                                       : escapedInline(passage.author));
    if (passage.commentTime.isValid())
        parts << formattedTime(passage.commentTime);
    if (!passage.tags.isEmpty()) {
        QStringList tags;
        for (const QString &tag : passage.tags)
            tags << escapedInline(tag);
        parts << tags.join(QStringLiteral(", "));
    }
    if (passage.anchorState == AnchorState::Orphaned)
        parts << TopicMarkdownWriter::tr("no longer found in the comment");
    return QStringLiteral("*") + parts.join(QStringLiteral(" ") + middleDot + QLatin1Char(' ')) +
           QStringLiteral("*");
}

} // namespace

QString TopicMarkdownWriter::escaped(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    // Leading white space would make an indented code block; trailing would make breaks.
    QStringList paragraphs;
    QStringList current;
    const auto endParagraph = [&] {
        if (!current.isEmpty())
            paragraphs << current.join(QStringLiteral("\\\n"));
        current.clear();
    };
    for (const QString &line : normalized.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            endParagraph();
        else
            current << escapedLine(trimmed);
    }
    endParagraph();
    return paragraphs.join(QStringLiteral("\n\n"));
}

QString TopicMarkdownWriter::write(const QString &topic, const std::vector<TopicPassage> &passages,
                                   const QDate &exported)
{
    const std::vector<TopicThread> threads = TopicThread::group(passages);
    QString out;
    out +=
        QStringLiteral("# ") + tr("Topic: %1").arg(escapedInline(topic)) + QStringLiteral("\n\n");
    out += tr("Exported %1 %2 Passages: %3 %2 Threads: %4")
               .arg(exported.toString(Qt::ISODate), QString(middleDot))
               .arg(passages.size())
               .arg(threads.size()) +
           QStringLiteral("\n");
    for (const TopicThread &thread : threads) {
        const QString title =
            thread.title.trimmed().isEmpty() ? tr("Untitled thread") : escapedInline(thread.title);
        out += QStringLiteral("\n## ") + title;
        if (!thread.site.isEmpty())
            out += QStringLiteral(" (") + escapedInline(thread.site) + QLatin1Char(')');
        out += QLatin1Char('\n');
        for (const TopicPassage &passage : thread.passages) {
            out += QLatin1Char('\n');
            if (!passage.quote.trimmed().isEmpty())
                out += blockquote(passage.quote) + QStringLiteral("\n\n");
            if (!passage.note.trimmed().isEmpty())
                out += escaped(passage.note) + QStringLiteral("\n\n");
            out += metaLine(passage) + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace Scholia
