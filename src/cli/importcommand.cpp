#include "importcommand.h"

#include "databaselocation.h"
#include "import/importerregistry.h"
#include "libraryimporter.h"
#include "store/threadstore.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Scholia {

int ImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const ImporterRegistry registry = ImporterRegistry::withAllFormats();
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import saved thread files into the library. The format "
                                        "is detected from each file's content."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The library file."), tr("PATH"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        tr("Read every file as this format instead of detecting it (%1).")
            .arg(registry.formatNames().join(QStringLiteral(", "))),
        tr("NAME"));
    parser.addOption(dbOption);
    parser.addOption(formatOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Saved thread files."), QStringLiteral("FILE..."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << tr("scholia import: no files given") << '\n';
        return 2;
    }
    const QString forcedFormat = parser.value(formatOption);
    if (!forcedFormat.isEmpty() && !registry.importerNamed(forcedFormat)) {
        err << tr("scholia import: no format is called \"%1\" (known: %2)")
                   .arg(forcedFormat, registry.formatNames().join(QStringLiteral(", ")))
            << '\n';
        return 2;
    }

    auto store = ThreadStore::open(DatabaseLocation::resolve(parser.value(dbOption)));
    if (!store) {
        err << store.error().toString() << '\n';
        return 1;
    }
    LibraryImporter importer(registry, **store);
    int failures = 0;
    for (const QString &file : files) {
        const FileImportResult result = importer.importFile(file, forcedFormat);
        if (!result.ok()) {
            ++failures;
            err << result.error->toString() << '\n';
            err.flush();
            continue;
        }
        for (const ImportedThread &thread : result.threads) {
            out << tr("%1: [%2] \"%3\": %n comment(s) %4", nullptr, thread.comments)
                       .arg(file)
                       .arg(thread.threadId)
                       .arg(thread.title,
                            thread.merged ? tr("merged into the stored thread") : tr("imported"))
                << '\n';
        }
        for (const QString &warning : result.warnings)
            err << tr("%1: warning: %2").arg(file, warning) << '\n';
        out.flush();
    }
    return failures == 0 ? 0 : 1;
}

} // namespace Scholia
