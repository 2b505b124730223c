#pragma once

#include "core/threaddocument.h"
#include "html/htmlsanitizer.h"

#include <QString>
#include <QUrl>

namespace Scholia {

class ParallelSanitizer;

// What every Hacker News variant (Algolia, Firebase items, HNPWA, saved HTML) fills in
// the same way, so re-imports of one story from different variants merge into one thread.
class HackerNewsThread
{
public:
    // A document for the story with this item id: source kind, site and URL set.
    static ThreadDocument forStory(const QString &storyId);
    // https://news.ycombinator.com/item?id=N, for the story or a comment.
    static QUrl itemUrl(const QString &itemId);
    // HN stores comment text as HTML (its own small subset); it is still untrusted.
    static SanitizedHtml body(const QString &html);
    // body() on another core: queues the HTML in `bodies` for `slot`, or nothing when
    // there is none (the comment's body stays empty, as body() would leave it).
    static void queueBody(const QString &html, ParallelSanitizer &bodies, qsizetype slot);
    // The item id as text: the JSON variants write numbers, the HTML page text.
    static QString idText(qint64 id);
};

} // namespace Scholia
