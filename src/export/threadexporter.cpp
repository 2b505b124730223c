#include "threadexporter.h"

#include "core/annotatedthread.h"
#include "core/threadscope.h"
#include "exportfile.h"
#include "render/printhtmlrenderer.h"
#include "render/threadmarkdownwriter.h"

namespace Scholia {

Result<QString> ThreadExporter::printHtml(const AnnotatedThread &source,
                                          const ExportOptions &options)
{
    auto selection = ThreadScope::select(source, options);
    if (!selection)
        return selection.error();
    return PrintHtmlRenderer::render(source, options, *selection);
}

Result<QString> ThreadExporter::markdown(const AnnotatedThread &source,
                                         const ExportOptions &options)
{
    auto selection = ThreadScope::select(source, options);
    if (!selection)
        return selection.error();
    return ThreadMarkdownWriter::write(source, options, *selection);
}

Result<void> ThreadExporter::writeText(const AnnotatedThread &source, const ExportOptions &options,
                                       const QString &path)
{
    Result<QString> text =
        options.format == ExportFormat::Markdown ? markdown(source, options)
        : options.format == ExportFormat::Html
            ? printHtml(source, options)
            : Result<QString>(Error::of(tr("a PDF is printed by a web page, not written as text")));
    if (!text)
        return text.error();
    return ExportFile::write(path, text->toUtf8());
}

} // namespace Scholia
