#include "hackernewsthread.h"

#include "import/parallelsanitizer.h"

namespace Scholia {

ThreadDocument HackerNewsThread::forStory(const QString &storyId)
{
    ThreadDocument doc;
    doc.sourceKind = QStringLiteral("hackernews");
    doc.sourceId = storyId;
    doc.site = QStringLiteral("news.ycombinator.com");
    doc.url = itemUrl(storyId);
    return doc;
}

QUrl HackerNewsThread::itemUrl(const QString &itemId)
{
    return QUrl(QStringLiteral("https://news.ycombinator.com/item?id=") + itemId);
}

SanitizedHtml HackerNewsThread::body(const QString &html)
{
    if (html.isEmpty())
        return {};
    return HtmlSanitizer::sanitize(html);
}

void HackerNewsThread::queueBody(const QString &html, ParallelSanitizer &bodies, qsizetype slot)
{
    if (!html.isEmpty())
        bodies.add(slot, html);
}

QString HackerNewsThread::idText(qint64 id)
{
    return QString::number(id);
}

} // namespace Scholia
