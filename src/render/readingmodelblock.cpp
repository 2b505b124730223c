#include "readingmodelblock.h"

#include "core/threadoutline.h"
#include "core/threadhistory.h"
#include "htmldatablock.h"

#include <utility>

namespace Scholia {

namespace {

void appendPosition(QString &list, size_t position)
{
    if (!list.isEmpty())
        list += QLatin1Char(',');
    list += QString::number(position);
}

} // namespace

void ReadingModelBlock::append(QString &html, const ThreadOutline &outline,
                               const ThreadHistory &history)
{
    QString fresh;
    QString unread;
    const bool marked = outline.hasReadMarks();
    for (size_t i = 0; i < outline.size(); ++i) {
        if (outline.placeholders[i])
            continue;
        if (marked ? bool(outline.fresh[i]) : history.isNew(outline.ids[i]))
            appendPosition(fresh, i);
        if (marked ? bool(outline.unread[i]) : history.isUnread(outline.ids[i]))
            appendPosition(unread, i);
    }
    HtmlDataBlock::appendOpening(html, QStringLiteral("reading-model"), QString());
    html += QStringLiteral("{\"fresh\":[%1],\"unread\":[%2],\"messages\":{").arg(fresh, unread);
    const std::pair<const char *, QString> messages[] = {
        {"newAfter", tr("No new comment below")},
        {"newBefore", tr("No new comment above")},
        {"unreadAfter", tr("No unread comment below")},
        {"unreadBefore", tr("No unread comment above")},
        {"noneNew", tr("Nothing in this thread is new since your last visit")},
    };
    bool first = true;
    for (const auto &[key, message] : messages) {
        if (!std::exchange(first, false))
            html += QLatin1Char(',');
        html += QLatin1Char('"') + QLatin1String(key) + QStringLiteral("\":");
        HtmlDataBlock::appendJsonString(html, message);
    }
    html += QStringLiteral("}}");
    HtmlDataBlock::appendClosing(html);
}

} // namespace Scholia
