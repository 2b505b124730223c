#include "hackernewsalgoliawriter.h"

#include "benchrandom.h"
#include "jsonobjectwriter.h"
#include "threadshape.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

#include <utility>

namespace Scholia {

namespace {

QString iso8601(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.000Z"));
}

// HN escapes more than HTML needs: quotes and apostrophes as numeric references.
QString hnEscaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\''), QLatin1String("&#x27;"));
    return out;
}

// HN's inline markup: a Markdown link becomes the label and then the bare URL, which HN
// links; *emphasis* becomes <i>.
QString inlineMarkup(const QString &escaped)
{
    static const QRegularExpression markdownLink(QStringLiteral("\\[([^\\]]*)\\]\\(([^)\\s]+)\\)"));
    static const QRegularExpression bareUrl(QStringLiteral("(?<![\"=])(https?://[^\\s<)]+)"));
    QString out = escaped;
    out.replace(markdownLink, QStringLiteral("\\1 (\\2)"));
    // HN italicises *words*; it has no bold, so "**x**" reads as italic too.
    static const QRegularExpression emphasis(QStringLiteral("\\*{1,2}([^*\\s][^*]*)\\*{1,2}"));
    out.replace(emphasis, QStringLiteral("<i>\\1</i>"));
    out.replace(bareUrl, QStringLiteral("<a href=\"\\1\" rel=\"nofollow\">\\1</a>"));
    return out;
}

} // namespace

QString HackerNewsAlgoliaWriter::hackerNewsHtml(const QString &markdown)
{
    QStringList paragraphs;
    for (const QString &block : markdown.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        if (block.startsWith(QLatin1String("    "))) {
            QStringList lines = block.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (QString &line : lines)
                line = hnEscaped(line.mid(4));
            paragraphs << QStringLiteral("<pre><code>%1\n</code></pre>")
                              .arg(lines.join(QLatin1Char('\n')));
        } else {
            // HN has no lists and no quote markup: people type "* " and "> ".
            paragraphs << inlineMarkup(
                hnEscaped(block.trimmed()).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        }
    }
    // HN opens every paragraph but the first with <p> and closes none.
    return paragraphs.join(QStringLiteral("<p>"));
}

QByteArray HackerNewsAlgoliaWriter::write(int threadNumber,
                                          const std::vector<GeneratedComment> &comments)
{
    m_storyId = storyId(threadNumber);
    m_out.clear();
    m_out.reserve(qsizetype(comments.size()) * 900 + 4096);
    std::vector<int> topLevel;
    for (int i = 0; i < int(comments.size()); ++i) {
        if (comments[size_t(i)].parent < 0)
            topLevel.push_back(i);
    }

    writeItemStart(m_storyId, nullptr, 0, int(comments.size()));
    // Iterative: (replies being written, next one) per open "children" array.
    struct Frame
    {
        const std::vector<int> *replies;
        size_t next;
    };
    std::vector<Frame> stack{{&topLevel, 0}};
    while (!stack.empty()) {
        Frame &frame = stack.back();
        if (frame.next == frame.replies->size()) {
            m_out += "]}"; // the children array, then its owner
            stack.pop_back();
            continue;
        }
        if (frame.next > 0)
            m_out += ", ";
        const int index = (*frame.replies)[frame.next++];
        const GeneratedComment &comment = comments[size_t(index)];
        writeItemStart(m_storyId + 1 + index, &comment,
                       comment.parent < 0 ? m_storyId : m_storyId + 1 + comment.parent, 0);
        stack.push_back({&comment.replies, 0}); // frame is stale from here
    }
    m_out += '\n';
    return std::exchange(m_out, {});
}

// Writes every field of an item and opens its "children" array. A null comment: the story.
void HackerNewsAlgoliaWriter::writeItemStart(qint64 id, const GeneratedComment *comment,
                                             qint64 parentId, int commentCount)
{
    const CommentBody body = m_bodies.write();
    const qint64 created = comment ? comment->created : ThreadShape::postTime;
    const bool deleted = comment && m_random.chance(0.02);
    JsonObjectWriter item(m_out);
    item.number("id", id)
        .string("created_at", iso8601(created))
        .number("created_at_i", created)
        .string("type", comment ? QStringLiteral("comment") : QStringLiteral("story"));
    if (deleted)
        item.null("author");
    else
        item.string("author", comment ? comment->author : QStringLiteral("bench_op"));
    if (!comment) {
        item.string("title", QStringLiteral("Ask HN: A generated thread of %1 comments – how do "
                                            "you read them all?")
                                 .arg(commentCount))
            .null("url")
            .string("text", hackerNewsHtml(body.markdown))
            .number("points", 1234)
            .null("parent_id");
    } else {
        item.null("title").null("url");
        if (deleted)
            item.null("text");
        else
            item.string("text", hackerNewsHtml(body.markdown));
        item.null("points").number("parent_id", parentId);
    }
    item.raw("options", QByteArrayLiteral("[]")).number("story_id", m_storyId);
    item.key("children");
    m_out += '[';
}

} // namespace Scholia
