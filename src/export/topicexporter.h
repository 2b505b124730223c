#pragma once

#include "core/exportoptions.h"
#include "core/result.h"
#include "core/topicpassage.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Scholia {

// A topic's passages as a file, through the same pipeline as a thread: the print page
// (TopicPrintHtmlRenderer) for HTML and for PdfExporter, TopicMarkdownWriter for Markdown.
class TopicExporter
{
    Q_DECLARE_TR_FUNCTIONS(TopicExporter)

public:
    static QString printHtml(const QString &topic, const std::vector<TopicPassage> &passages,
                             const ExportOptions &options);
    // Writes options.format (Html or Markdown) to path; Pdf is refused here.
    static Result<void> writeText(const QString &topic, const std::vector<TopicPassage> &passages,
                                  const ExportOptions &options, const QString &path);
};

} // namespace Scholia
