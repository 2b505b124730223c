#include "savecommand.h"

#include "commandwriterlock.h"
#include "fetch/fetchpolicy.h"
#include "fetch/savearchive.h"
#include "fetch/threadaddress.h"
#include "fetch/threadsaver.h"
#include "import/importerregistry.h"
#include "library/databaselocation.h"
#include "library/libraryimporter.h"
#include "store/library.h"
#include "store/threadstore.h"
#include "subcommandline.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace Scholia {

namespace {

std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int)
{
    interrupted = true;
}

struct SaveOptions
{
    QCommandLineOption db{QStringLiteral("db"), SaveCommand::tr("The library file."),
                          SaveCommand::tr("PATH")};
    QCommandLineOption maxRequests{
        QStringLiteral("max-requests"),
        SaveCommand::tr("Stop after N requests to the site (default %1); what is not fetched "
                        "by then is reported as missing.")
            .arg(FetchPolicy().maxRequests),
        SaveCommand::tr("N")};
    QCommandLineOption archive{
        QStringLiteral("archive"),
        SaveCommand::tr(
            "Keep the responses under DIR instead of the \"saved\" folder beside the library."),
        SaveCommand::tr("DIR")};
    QCommandLineOption verbose{QStringLiteral("verbose"),
                               SaveCommand::tr("Print every request made and its answer.")};
    QCommandLineOption wait = CommandWriterLock::waitOption();
};

// Runs one save to its end (or Ctrl+C), printing what the reader asked to see.
Result<SavedThread> saveOne(const ThreadAddress &address, const FetchPolicy &policy,
                            const QString &archiveRoot, bool verbose, QTextStream &err)
{
    ThreadSaver saver(policy, archiveRoot);
    const bool terminal = isatty(fileno(stderr));
    QEventLoop loop;
    QObject::connect(&saver, &ThreadSaver::finished, &loop, &QEventLoop::quit);
    if (verbose) {
        QObject::connect(
            &saver, &ThreadSaver::requestStarted, &loop, [&err](const QUrl &url, int n) {
                err << SaveCommand::tr("[%1] GET %2").arg(n).arg(url.toDisplayString()) << '\n';
                err.flush();
            });
        QObject::connect(
            &saver, &ThreadSaver::requestFinished, &loop,
            [&err](const QUrl &, int status, qint64 bytes) {
                err << SaveCommand::tr("      → HTTP %1, %2 bytes").arg(status).arg(bytes) << '\n';
                err.flush();
            });
    } else if (terminal) {
        QObject::connect(&saver, &ThreadSaver::progress, &loop, [&err](int requests, int comments) {
            err << '\r'
                << SaveCommand::tr("  %1 requests, %2 comments so far").arg(requests).arg(comments);
            err.flush();
        });
    }
    QObject::connect(&saver, &ThreadSaver::waiting, &loop,
                     [&err, terminal](int seconds, const QString &why) {
                         err << (terminal ? "\r" : "")
                             << SaveCommand::tr("  waiting %1 s: %2").arg(seconds).arg(why) << '\n';
                         err.flush();
                     });
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &saver, [&saver] {
        if (interrupted)
            saver.cancel();
    });
    interruptPoll.start(100);
    saver.start(address);
    loop.exec();
    if (terminal && !verbose)
        err << '\n';
    return *saver.result();
}

void printImported(const FileImportResult &imported, const SavedThread &saved, QTextStream &out,
                   QTextStream &err)
{
    for (const ImportedThread &thread : imported.threads)
        out << SaveCommand::tr("%1: [%2] \"%3\": %n comment(s) %4", nullptr, thread.comments)
                   .arg(saved.address.toDisplayString())
                   .arg(thread.threadId)
                   .arg(thread.title, thread.merged
                                          ? SaveCommand::tr("merged into the stored thread")
                                          : SaveCommand::tr("saved"))
            << '\n';
    out << SaveCommand::tr("  %n request(s); the responses are in %1", nullptr, saved.requests)
               .arg(saved.folder)
        << '\n';
    for (const QString &note : saved.notes)
        err << SaveCommand::tr("%1: note: %2").arg(saved.address.toDisplayString(), note) << '\n';
    for (const QString &warning : imported.warnings)
        err << SaveCommand::tr("%1: warning: %2").arg(saved.address.toDisplayString(), warning)
            << '\n';
}

} // namespace

int SaveCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Save threads from their addresses: Reddit, Hacker News, Discourse forums and "
           "rDrama-family sites (themotte.org). Each thread is fetched whole through the "
           "site's public interface, kept as the site sent it, and imported."));
    parser.addHelpOption();
    SaveOptions options;
    parser.addOptions(
        {options.db, options.maxRequests, options.archive, options.verbose, options.wait});
    parser.addPositionalArgument(QStringLiteral("URL"), tr("Thread addresses."),
                                 QStringLiteral("URL..."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << SubcommandLine::helpText(parser, QStringLiteral("save"));
        return 0;
    }
    if (parser.positionalArguments().isEmpty()) {
        err << tr("scholia save: no address given") << '\n';
        return 2;
    }
    std::vector<ThreadAddress> addresses;
    for (const QString &text : parser.positionalArguments()) {
        auto address = ThreadAddress::parse(text);
        if (!address) {
            err << tr("scholia save: %1").arg(address.error().message) << '\n';
            return 2;
        }
        addresses.push_back(*address);
    }
    QString problem;
    FetchPolicy policy = FetchPolicy::forThisProcess(&problem);
    if (!problem.isEmpty())
        err << tr("scholia save: %1").arg(problem) << '\n';
    if (parser.isSet(options.maxRequests)) {
        bool ok = false;
        policy.maxRequests = parser.value(options.maxRequests).toInt(&ok);
        if (!ok || policy.maxRequests < 1) {
            err << tr("scholia save: --max-requests takes a number of at least 1") << '\n';
            return 2;
        }
    }

    const QString libraryPath = DatabaseLocation::resolve(parser.value(options.db));
    CommandWriterLock writerLock(libraryPath); // held until the command returns
    if (!writerLock.acquire(QStringLiteral("scholia save"), parser.isSet(options.wait), err))
        return 1;
    auto store = Library::open(libraryPath);
    if (!store) {
        err << store.error().toString() << '\n';
        return 1;
    }
    const QString archiveRoot = parser.isSet(options.archive)
                                    ? parser.value(options.archive)
                                    : SaveArchive::defaultRootFor(libraryPath);
    const ImporterRegistry registry = ImporterRegistry::withAllFormats();
    LibraryImporter importer(registry, **store);
    interrupted = false;
    const auto previousHandler = std::signal(SIGINT, onInterrupt);
    int failures = 0;
    for (const ThreadAddress &address : addresses) {
        if (interrupted)
            break;
        const Result<SavedThread> saved =
            saveOne(address, policy, archiveRoot, parser.isSet(options.verbose), err);
        if (!saved) {
            ++failures;
            err << tr("scholia save: %1").arg(saved.error().message) << '\n'
                << tr("  nothing was saved; the library is as it was") << '\n';
            continue;
        }
        const FileImportResult imported = importer.importFile(saved->threadFile, saved->format);
        if (!imported.ok()) {
            ++failures;
            err << tr("scholia save: %1").arg(imported.error->toString()) << '\n'
                << tr("  the responses are kept in %1; the library is as it was").arg(saved->folder)
                << '\n';
            continue;
        }
        printImported(imported, *saved, out, err);
        out.flush();
    }
    std::signal(SIGINT, previousHandler);
    return failures == 0 && !interrupted ? 0 : 1;
}

} // namespace Scholia
