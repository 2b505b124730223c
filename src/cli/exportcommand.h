#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Scholia {

// scholia export ID --format pdf|html|md -o FILE [--annotated-only | --scope …]
//                   [--page-size A4|Letter] [--margin MM] [--font-size PT] [--greyscale]
//                   [--notes endnotes|boxes] [--db PATH]
// An annotated thread as a PDF to hand on, a self-contained HTML file or Markdown.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    // Before any application object exists (CommandLine::prepareGuiApplication): PDFs are
    // printed with QtWebEngine, which needs a QGuiApplication rather than a
    // QCoreApplication; this prepares the process for a headless web engine (see the .cpp
    // for what it sets and why).
    static void prepareWebEngine();
};

} // namespace Scholia
