#pragma once

#include "core/exportoptions.h"
#include "core/topicpassage.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Scholia {

// A topic's passages as a print page (PDF, HTML), laid out like a thread export: the
// same stylesheet and head (PrintHtmlRenderer), a title block naming the topic, then
// each thread's passages under its title, each passage highlighted in its colour with
// its tags, who wrote it and when, and its note in a box beneath. Everything is escaped.
class TopicPrintHtmlRenderer
{
    Q_DECLARE_TR_FUNCTIONS(TopicPrintHtmlRenderer)

public:
    // Passages in the order to show them; they are grouped by thread (TopicThread::group).
    static QString render(const QString &topic, const std::vector<TopicPassage> &passages,
                          const ExportOptions &options);

private:
    static QString passage(const TopicPassage &p, int number, const ExportOptions &options);
};

} // namespace Scholia
