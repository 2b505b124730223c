#pragma once

#include "core/exportoptions.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Scholia {

struct AnnotatedThread;

// The synchronous half of exporting an annotated thread: the chosen comments (ThreadScope)
// as the print page (HTML, also what PdfExporter prints) or as Markdown, and writing the
// HTML and Markdown files. PDF needs a web engine page and is PdfExporter's.
class ThreadExporter
{
    Q_DECLARE_TR_FUNCTIONS(ThreadExporter)

public:
    // The self-contained print page for source and options.scope.
    static Result<QString> printHtml(const AnnotatedThread &source, const ExportOptions &options);
    static Result<QString> markdown(const AnnotatedThread &source, const ExportOptions &options);
    // Writes options.format (Html or Markdown) to path; Pdf is refused here.
    static Result<void> writeText(const AnnotatedThread &source, const ExportOptions &options,
                                  const QString &path);
};

} // namespace Scholia
