#include "screencommentlimit.h"

#include "core/threaddocument.h"

#include <QLocale>

namespace Scholia {

namespace {

bool cut(QString &html, QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return false;
    qsizetype keep = limit;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep; // never half a character
    const qsizetype total = text.size();
    text.truncate(keep);
    text.squeeze();
    // Plain text in one paragraph: its textContent is exactly the kept prefix. The notice
    // comes after it, so offsets into the prefix mean the same to the page and the store.
    html =
        QStringLiteral("<p>") + text.toHtmlEscaped() +
        QStringLiteral("</p><p class=\"cut-notice\"><em>") +
        ScreenCommentLimit::tr("This comment is %1 characters long; the first %2 are shown here. "
                               "The library keeps all of it: export the thread to read the rest.")
            .arg(QLocale().toString(total), QLocale().toString(keep))
            .toHtmlEscaped() +
        QStringLiteral("</em></p>");
    return true;
}

} // namespace

int ScreenCommentLimit::apply(ThreadDocument &thread, qsizetype limit)
{
    int cutCount = cut(thread.bodyHtml, thread.bodyText, limit) ? 1 : 0;
    for (Comment &comment : thread.comments)
        if (cut(comment.bodyHtml, comment.bodyText, limit))
            ++cutCount;
    return cutCount;
}

} // namespace Scholia
