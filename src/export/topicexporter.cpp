#include "topicexporter.h"

#include "exportfile.h"
#include "render/topicmarkdownwriter.h"
#include "render/topicprinthtmlrenderer.h"

namespace Scholia {

QString TopicExporter::printHtml(const QString &topic, const std::vector<TopicPassage> &passages,
                                 const ExportOptions &options)
{
    return TopicPrintHtmlRenderer::render(topic, passages, options);
}

Result<void> TopicExporter::writeText(const QString &topic,
                                      const std::vector<TopicPassage> &passages,
                                      const ExportOptions &options, const QString &path)
{
    switch (options.format) {
    case ExportFormat::Html:
        return ExportFile::write(path, printHtml(topic, passages, options).toUtf8());
    case ExportFormat::Markdown:
        return ExportFile::write(
            path, TopicMarkdownWriter::write(topic, passages, options.exportTime().toUTC().date())
                      .toUtf8());
    case ExportFormat::Pdf:
        break;
    }
    return Error::of(tr("a PDF is printed by a web page, not written as text"));
}

} // namespace Scholia
