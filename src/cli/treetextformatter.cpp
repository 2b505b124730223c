#include "treetextformatter.h"

#include "core/threaddocument.h"
#include "core/threadhistory.h"

namespace Scholia {

QString TreeTextFormatter::firstLine(const QString &text, int maxLength)
{
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QString trimmed = line.toString().simplified();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.size() <= maxLength)
            return trimmed;
        return trimmed.left(maxLength - 1) + QChar(0x2026); // …
    }
    return {};
}

QString TreeTextFormatter::commentLine(const Comment &c, const ThreadHistory *history)
{
    if (c.isPlaceholder())
        return tr("[%n more replies not saved]", nullptr, *c.notSavedReplies);
    QString line = c.author.isEmpty() ? tr("[unknown]") : c.author;
    if (c.score)
        line += QStringLiteral(" (%1)").arg(*c.score);
    const bool kept = history && history->keptAfterRemoval.contains(c.sourceId);
    if (c.state == CommentState::Deleted)
        line += QLatin1Char(' ') +
                (kept ? tr("[deleted on the site, text from an earlier save]") : tr("[deleted]"));
    else if (c.state == CommentState::Removed)
        line += QLatin1Char(' ') +
                (kept ? tr("[removed on the site, text from an earlier save]") : tr("[removed]"));
    if (history && history->isNew(c.sourceId))
        line += QLatin1Char(' ') + tr("[new]");
    if (history && history->isEdited(c.sourceId))
        line += QLatin1Char(' ') + tr("[edited, %n earlier version(s)]", nullptr,
                                      int(history->earlierVersions.value(c.sourceId).size()));
    const QDateTime missingSince = history ? history->missingSince.value(c.sourceId) : QDateTime();
    if (missingSince.isValid())
        line += QLatin1Char(' ') +
                tr("[not in the save of %1]")
                    .arg(missingSince.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    else if (!c.inLatestSave)
        line += QLatin1Char(' ') + tr("[not in latest save]");
    const QString text = firstLine(c.bodyText);
    if (!text.isEmpty())
        line += QStringLiteral(": ") + text;
    return line;
}

QString TreeTextFormatter::format(const ThreadDocument &thread, Layout layout,
                                  const ThreadHistory *history)
{
    QString out = thread.title + QLatin1Char('\n');
    QStringList about;
    if (!thread.site.isEmpty())
        about << thread.site;
    if (!thread.author.isEmpty())
        about << tr("by %1").arg(thread.author);
    if (thread.created.isValid())
        about << thread.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    about << tr("%n comment(s)", nullptr, thread.realCommentCount());
    out += about.join(QStringLiteral(" · ")) + QLatin1Char('\n');
    if (thread.url.isValid())
        out += thread.url.toString() + QLatin1Char('\n');
    if (const QString gaps = thread.gaps.summary(thread.sourceKind); !gaps.isEmpty())
        out += tr("Incomplete save: %1").arg(gaps) + QLatin1Char('\n');
    const QString postText = firstLine(thread.bodyText, 200);
    if (!postText.isEmpty())
        out += postText + QLatin1Char('\n');
    out += QLatin1Char('\n');

    for (const Comment &c : thread.comments) {
        if (layout == Layout::Tree)
            out += QString(2 * c.depth, QLatin1Char(' '));
        out += commentLine(c, history) + QLatin1Char('\n');
    }
    return out;
}

} // namespace Scholia
