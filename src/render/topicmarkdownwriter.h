#pragma once

#include "core/topicpassage.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <vector>

namespace Scholia {

// A topic's passages as one Markdown document: a heading naming the topic, when it was
// exported and how much it holds, then each thread's passages under the thread's title,
// each a blockquote with its note and a line of author · date · tags below. Everything
// the reader or a site wrote is escaped, so a quote cannot start a heading or a link.
// Plain text for the CLI and the topic pane today, and for a PDF export later.
class TopicMarkdownWriter
{
    Q_DECLARE_TR_FUNCTIONS(TopicMarkdownWriter)

public:
    // Passages in the order to show them; they are grouped by thread (TopicThread::group).
    static QString write(const QString &topic, const std::vector<TopicPassage> &passages,
                         const QDate &exported);

    // text with Markdown's syntax characters escaped so it shows as typed; line breaks
    // are kept (a hard break inside a paragraph, a blank line between paragraphs).
    static QString escaped(const QString &text);
};

} // namespace Scholia
