#include "threadmarkdownwriter.h"

#include "argumentlinktext.h"
#include "argumentoutline.h"
#include "commentversionshtml.h"
#include "core/annotatedthread.h"
#include "scoretext.h"

#include <QHash>

#include <algorithm>
#include <climits>

namespace Scholia {

namespace {

QString utc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : QString();
}

QString httpUrl(const QUrl &url)
{
    const QString text = url.toString(QUrl::FullyEncoded);
    return text.startsWith(QLatin1String("https://")) || text.startsWith(QLatin1String("http://"))
               ? text
               : QString();
}

// A link target inside <…>: only these characters could end or break it.
QString linkTarget(const QString &url)
{
    QString out = url;
    return out.replace(QLatin1Char('<'), QLatin1String("%3C"))
        .replace(QLatin1Char('>'), QLatin1String("%3E"))
        .replace(QLatin1Char(' '), QLatin1String("%20"));
}

} // namespace

QString ThreadMarkdownWriter::escaped(const QString &text)
{
    // Every character that can begin inline syntax anywhere, and the ones that begin a
    // block at a line's start. CommonMark allows a backslash before any ASCII punctuation.
    static const QString anywhere = QStringLiteral("\\`*_[]<>&|~!");
    QString out;
    out.reserve(text.size() + text.size() / 8);
    bool lineStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool blockStart =
            lineStart && (c == QLatin1Char('#') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
                          c == QLatin1Char('=') || c == QLatin1Char(':'));
        // "1. " or "1) " at a line's start would make a list: escape the punctuation.
        bool listNumber = false;
        if ((c == QLatin1Char('.') || c == QLatin1Char(')')) && i > 0 && text.at(i - 1).isDigit()) {
            qsizetype j = i - 1;
            while (j > 0 && text.at(j - 1).isDigit())
                --j;
            listNumber = j == 0 || text.at(j - 1) == QLatin1Char('\n');
        }
        if (blockStart || listNumber || anywhere.contains(c))
            out += QLatin1Char('\\');
        out += c;
        if (c == QLatin1Char('\n'))
            lineStart = true;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('\t'))
            lineStart = false;
    }
    return out;
}

QString ThreadMarkdownWriter::blockquote(const QString &text)
{
    QString out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        out += line.isEmpty() ? QStringLiteral(">\n")
                              : QStringLiteral("> ") + escaped(line) + QLatin1Char('\n');
    return out;
}

QString ThreadMarkdownWriter::header(const AnnotatedThread &source, const ExportOptions &options,
                                     int exported)
{
    const ThreadDocument &thread = source.thread;
    QString md = QStringLiteral("# %1\n\n").arg(escaped(thread.title));
    const auto field = [&md](const QString &name, const QString &value) {
        if (!value.isEmpty())
            md += QStringLiteral("- **%1:** %2\n").arg(name, value);
    };
    field(tr("Site"), escaped(thread.site));
    if (const QString url = httpUrl(thread.url); !url.isEmpty())
        field(tr("Original"), QStringLiteral("<%1>").arg(linkTarget(url)));
    field(tr("Author"), escaped(thread.author));
    field(tr("Posted"), utc(thread.created));
    field(tr("Saved"), utc(source.savedAt));
    field(tr("Exported"), utc(options.exportTime()));
    const int total = thread.realCommentCount();
    field(tr("Comments"),
          exported == total ? QString::number(total)
                            : tr("%1 of %2", "comments exported of all").arg(exported).arg(total));
    field(tr("Not saved"), escaped(thread.gaps.summary(thread.sourceKind)));
    QStringList tags;
    for (const QString &tag : source.tags)
        tags << QStringLiteral("`%1`").arg(QString(tag).remove(QLatin1Char('`')));
    field(tr("Tags"), tags.join(QStringLiteral(", ")));
    md += QLatin1Char('\n');
    if (!thread.bodyText.trimmed().isEmpty())
        md += escaped(thread.bodyText.trimmed()).replace(QLatin1Char('\n'), QLatin1String("  \n")) +
              QStringLiteral("\n\n");
    if (!source.notesMarkdown.trimmed().isEmpty())
        md += QStringLiteral("## %1\n\n%2\n\n").arg(tr("Notes"), source.notesMarkdown.trimmed());
    return md;
}

QString ThreadMarkdownWriter::commentHeading(const Comment &c, int depth)
{
    QStringList parts;
    parts << QStringLiteral("**%1**").arg(c.author.isEmpty() ? tr("(unknown)") : escaped(c.author));
    if (c.score) {
        parts << ScoreText::points(*c.score);
    }
    if (c.created.isValid())
        parts << utc(c.created);
    if (const QString url = httpUrl(c.url); !url.isEmpty())
        parts << QStringLiteral("[%1](<%2>)").arg(tr("on the site"), linkTarget(url));
    // Markdown has no indentation that is not a code block: depth is a row of arrows.
    const QString indent =
        depth > 0 ? QString(std::min(depth, 8), QChar(0x21b3)) + QStringLiteral(" ") : QString();
    const QString deep = depth > 8 ? tr("(depth %1) ").arg(depth) : QString();
    return QStringLiteral("#### %1%2%3\n\n")
        .arg(indent, deep, parts.join(QStringLiteral(" \u00b7 ")));
}

QString ThreadMarkdownWriter::argument(const AnnotatedThread &source)
{
    const ArgumentMap &map = source.argument;
    if (map.isEmpty())
        return {};
    // Each claim argued about, and under it what links to it, seen from it: "rebutted by …".
    QString md = QStringLiteral("## %1\n\n").arg(tr("Argument"));
    for (const ArgumentOutline::Entry &entry : ArgumentOutline::entries(map)) {
        QString text = ArgumentLinkText::claim(*map.claim(entry.claimId), source.threadId);
        if (entry.via) {
            text = ArgumentLinkText::verb(*entry.via, entry.via->to) + QLatin1Char(' ') + text;
            if (!entry.via->note.trimmed().isEmpty())
                text +=
                    QStringLiteral(" \u2014 ") + ArgumentLinkText::excerpt(entry.via->note, 160);
        }
        if (entry.repeat)
            text += QLatin1Char(' ') + tr("(see above)");
        md += QString(2 * entry.depth, QLatin1Char(' ')) + QStringLiteral("- ") + escaped(text) +
              QLatin1Char('\n');
    }
    return md + QLatin1Char('\n');
}

// A diff does not read well as plain text: each earlier text is quoted whole, newest first.
QString ThreadMarkdownWriter::earlierTexts(const Comment &c, const ThreadHistory &history)
{
    const auto found = history.earlierVersions.constFind(c.sourceId);
    if (found == history.earlierVersions.constEnd())
        return {};
    QString md;
    for (auto version = found->rbegin(); version != found->rend(); ++version)
        md += QStringLiteral("*%1*\n\n")
                  .arg(tr("Text in the save of %1").arg(CommentVersionsHtml::saveName(version->savedAt))) +
              blockquote(version->bodyText.trimmed()) + QLatin1Char('\n');
    return md;
}

QString ThreadMarkdownWriter::write(const AnnotatedThread &source, const ExportOptions &options,
                                    const std::vector<bool> &selection)
{
    const std::vector<Comment> &comments = source.thread.comments;
    const auto included = [&](size_t i) {
        return selection.empty() || (i < selection.size() && selection[i]);
    };
    QHash<QString, std::vector<const Annotation *>> byComment;
    for (const Annotation &a : source.annotations) {
        if (a.anchorState != AnchorState::Orphaned)
            byComment[a.commentSourceId].push_back(&a);
    }
    int exported = 0;
    int baseDepth = INT_MAX;
    for (size_t i = 0; i < comments.size(); ++i) {
        if (included(i) && !comments[i].isPlaceholder()) {
            ++exported;
            baseDepth = std::min(baseDepth, comments[i].depth);
        }
    }

    QString md = header(source, options, exported);
    md += argument(source);
    md += QStringLiteral("## %1\n\n").arg(tr("Comments"));
    for (size_t i = 0; i < comments.size(); ++i) {
        const Comment &c = comments[i];
        if (!included(i) || c.isPlaceholder())
            continue;
        md += commentHeading(c, c.depth - baseDepth);
        if (!c.bodyText.trimmed().isEmpty())
            md += escaped(c.bodyText.trimmed()).replace(QLatin1Char('\n'), QLatin1String("  \n")) +
                  QStringLiteral("\n\n");
        if (options.includeVersions)
            md += earlierTexts(c, source.history);
        for (const Annotation *a : byComment.value(c.sourceId)) {
            md += a->isWholeComment()
                      ? QStringLiteral("*%1*\n\n").arg(tr("Annotated: the whole comment"))
                      : blockquote(a->quote.exact) + QLatin1Char('\n');
            QStringList about;
            if (!a->tags.isEmpty()) {
                QStringList tags;
                for (const QString &tag : a->tags)
                    tags << QStringLiteral("`%1`").arg(QString(tag).remove(QLatin1Char('`')));
                about << tr("Tags: %1").arg(tags.join(QStringLiteral(", ")));
            }
            if (!a->note.isEmpty())
                about << tr("Note: %1")
                             .arg(escaped(a->note).replace(QLatin1Char('\n'),
                                                           QLatin1String("  \n")));
            if (!about.isEmpty())
                md += about.join(QStringLiteral("  \n")) + QStringLiteral("\n\n");
        }
    }
    QString orphaned;
    for (const Annotation &a : source.annotations) {
        if (a.anchorState != AnchorState::Orphaned)
            continue;
        if (!a.quote.exact.isEmpty())
            orphaned += blockquote(a.quote.exact) + QLatin1Char('\n');
        if (!a.note.isEmpty())
            orphaned += tr("Note: %1").arg(escaped(a.note)) + QStringLiteral("\n\n");
    }
    if (!orphaned.isEmpty())
        md += QStringLiteral("## %1\n\n").arg(tr("Annotations no longer found in the thread")) +
              orphaned;
    return md;
}

} // namespace Scholia
