#include "annotationsimportcommand.h"

#include "commandwriterlock.h"
#include "library/databaselocation.h"
#include "library/webannotationimporter.h"
#include "store/library.h"
#include "subcommandline.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Scholia {

int AnnotationsImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandLine line(
        QStringLiteral("annotations import"),
        tr("Merge W3C Web Annotation files (as \"scholia annotations export\" writes them) into "
           "the library. Each annotation goes to its thread, found by the site and its id (a "
           "thread not in the library is named and its annotations skipped), anchored in the "
           "comment's text as it is now; one the library has already is updated when the file's "
           "is newer. Links follow. Prints one line per file: imported (anchored, moved, "
           "flagged, orphaned), updated, unchanged, skipped."));
    QCommandLineParser &parser = line.parser();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The files to import."), tr("FILE..."));
    const QCommandLineOption wait = CommandWriterLock::waitOption();
    parser.addOption(wait);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << SubcommandLine::helpText(parser, QStringLiteral("annotations import"));
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return line.usageError(err, tr("which files? (scholia annotations import FILE...)"));

    const QString libraryPath = DatabaseLocation::resolve(parser.value(QStringLiteral("db")));
    CommandWriterLock writerLock(libraryPath); // held until the command returns
    if (!writerLock.acquire(QStringLiteral("scholia annotations import"), parser.isSet(wait), err))
        return 1;
    auto library = Library::open(libraryPath);
    if (!library) {
        err << library.error().toString() << '\n';
        return 1;
    }
    WebAnnotationImporter importer(**library);
    int failed = 0;
    for (const QString &file : files) {
        const auto report = importer.importFile(file);
        if (!report) {
            err << report.error().toString() << '\n';
            ++failed;
            continue;
        }
        out << report->summary() << '\n';
        for (const QString &missing : report->missingThreadLines())
            err << missing << '\n';
        out.flush();
    }
    return failed > 0 ? 1 : 0;
}

} // namespace Scholia
