#include "annotationsexportcommand.h"

#include "export/exportfile.h"
#include "library/webannotationexporter.h"
#include "store/library.h"
#include "subcommandline.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Scholia {

int AnnotationsExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandLine line(
        QStringLiteral("annotations export"),
        tr("Write a thread's annotations, its notes and the links with an end on it — or, "
           "without a thread id, the whole library's — as W3C Web Annotations: one JSON-LD "
           "AnnotationCollection that \"scholia annotations import\" (or another tool) reads. "
           "Each annotation keeps its uuid, so importing the file twice adds nothing twice."));
    QCommandLineParser &parser = line.parser();
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 tr("The thread's id, as \"scholia list\" prints it."), tr("[ID]"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The file to write (JSON-LD)."), tr("FILE"));
    parser.addOption(output);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << SubcommandLine::helpText(parser, QStringLiteral("annotations export"));
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    bool isNumber = false;
    const qint64 threadId = positional.value(0).toLongLong(&isNumber);
    if (positional.size() > 1 || (positional.size() == 1 && !isNumber))
        return line.usageError(err, tr("expected at most one thread id"));
    const QString path = parser.value(output);
    if (path.isEmpty())
        return line.usageError(err, tr("no output file given (-o FILE)"));
    const auto library = line.openLibrary(err);
    if (!library)
        return 1;
    // The exporter says which thread is missing.
    WebAnnotationExporter exporter(*library);
    const auto json = isNumber ? exporter.exportThread(threadId) : exporter.exportLibrary();
    if (!json) {
        err << tr("scholia annotations export: %1").arg(json.error().toString()) << '\n';
        return 1;
    }
    if (const auto written = ExportFile::write(path, *json); !written) {
        err << tr("scholia annotations export: %1").arg(written.error().toString()) << '\n';
        return 1;
    }
    const WebAnnotationExporter::Counts counts = exporter.counts();
    out << tr("%1: annotations: %2, links: %3, thread notes: %4")
               .arg(path)
               .arg(counts.annotations)
               .arg(counts.links)
               .arg(counts.threadNotes)
        << '\n';
    return 0;
}

} // namespace Scholia
