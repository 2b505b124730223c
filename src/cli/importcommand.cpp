#include "importcommand.h"

#include "commandwriterlock.h"
#include "import/importerregistry.h"
#include "importfilelist.h"
#include "library/databaselocation.h"
#include "library/dumplibraryimporter.h"
#include "library/libraryimporter.h"
#include "store/library.h"
#include "store/threadstore.h"
#include "subcommandline.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace Scholia {

namespace {

// A community dump (.zst): thousands of threads, so a summary rather than a line each, and
// on a terminal a progress line that rewrites itself.
bool importDump(Library &library, const QString &file, const QString &subreddit, bool terminal,
                QTextStream &out, QTextStream &err)
{
    DumpLibraryImporter importer(library);
    importer.setSubreddit(subreddit);
    qint64 lastPercent = -1;
    if (terminal)
        importer.setProgressHandler([&](const DumpImportProgress &progress) {
            const qint64 percent =
                progress.threadsTotal > 0 ? 100 * progress.threadsDone / progress.threadsTotal
                                          : 100 * progress.bytesRead / qMax(progress.bytesTotal, qint64(1));
            if (percent == lastPercent)
                return;
            lastPercent = percent;
            err << '\r'
                << (progress.threadsTotal > 0
                        ? ImportCommand::tr("%1: storing threads %2/%3").arg(file).arg(progress.threadsDone).arg(progress.threadsTotal)
                        : ImportCommand::tr("%1: reading %2 %").arg(file).arg(percent));
            err.flush();
        });
    const DumpImportResult result = importer.importDump(file);
    if (terminal)
        err << '\n';
    const FileImportResult asFile = result.asFileResult();
    for (const QString &warning : asFile.warnings)
        err << ImportCommand::tr("%1: warning: %2").arg(file, warning) << '\n';
    if (result.error && !result.cancelled()) {
        err << result.error->toString() << '\n';
        return false;
    }
    out << ImportCommand::tr("%1: threads imported: %2, merged: %3, skipped as already whole: %4; "
                             "comments: %5; bad lines: %6")
               .arg(file)
               .arg(result.threadsImported)
               .arg(result.threadsMerged)
               .arg(result.threadsSkipped)
               .arg(result.comments)
               .arg(result.badLines)
        << '\n';
    out.flush();
    return !result.cancelled();
}

} // namespace

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
    const QCommandLineOption recursiveOption(QStringLiteral("recursive"),
                                             tr("Also import the files in subfolders of a folder given."));
    parser.addOption(dbOption);
    parser.addOption(formatOption);
    parser.addOption(recursiveOption);
    const QCommandLineOption subredditOption(
        QStringLiteral("subreddit"),
        tr("For a community dump (.zst): import only the threads of this subreddit."), tr("NAME"));
    parser.addOption(subredditOption);
    const QCommandLineOption waitOption = CommandWriterLock::waitOption();
    parser.addOption(waitOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Saved thread files, or folders of them."),
                                 QStringLiteral("FILE|FOLDER..."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << SubcommandLine::helpText(parser, QStringLiteral("import"));
        return 0;
    }
    const ImportFileList::Expansion expansion =
        ImportFileList::expand(parser.positionalArguments(), parser.isSet(recursiveOption));
    const QStringList &files = expansion.files;
    for (const QString &problem : expansion.problems)
        err << problem << '\n';
    if (files.isEmpty() && expansion.problems.isEmpty()) {
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

    const QString libraryPath = DatabaseLocation::resolve(parser.value(dbOption));
    CommandWriterLock writerLock(libraryPath); // held until the command returns
    if (!writerLock.acquire(QStringLiteral("scholia import"), parser.isSet(waitOption), err))
        return 1;
    auto store = Library::open(libraryPath);
    if (!store) {
        err << store.error().toString() << '\n';
        return 1;
    }
    LibraryImporter importer(registry, **store);
    int failures = int(expansion.problems.size());
    // On a terminal, a batch shows where it is; piped output stays one line per file.
    const bool showProgress = files.size() > 1 && isatty(fileno(stderr));
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        if (showProgress) {
            err << tr("[%1/%2] %3").arg(i + 1).arg(files.size()).arg(file) << '\n';
            err.flush();
        }
        // What an earlier import (this command's or another's) left in the write-ahead log
        // goes into the library file first; this file's stays in the log when the command
        // returns (Library::leaveCheckpointsToLater), except a dump's: thousands of commits
        // over minutes, copied as the log grows.
        if (auto checkpointed = (*store)->checkpointEarlierImports(); !checkpointed) {
            err << checkpointed.error().toString() << '\n';
            return 1;
        }
        const bool dump = forcedFormat.isEmpty() && DumpLibraryImporter::isDump(file);
        (*store)->leaveCheckpointsToLater(!dump);
        if (dump) {
            if (!importDump(**store, file, parser.value(subredditOption), isatty(fileno(stderr)), out, err))
                ++failures;
            continue;
        }
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
