// The one executable: `scholia SUBCOMMAND …` runs headless; `scholia` opens the window.

#include "app/dailybackup.h"
#include "app/libraryrecovery.h"
#include "app/mainwindow.h"
#include "app/samplelibrary.h"
#include "app/threadschemehandler.h"
#include "cli/commandline.h"
#include "cli/exportcommand.h"
#include "cli/databaselocation.h"
#include "cli/translationloader.h"
#include "store/threadstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QGuiApplication>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <utility>

namespace {

void describeApplication()
{
    // Organization and application share the name, so settings live in
    // ~/.config/scholia/scholia.conf.
    QCoreApplication::setOrganizationName(QStringLiteral("scholia"));
    QCoreApplication::setApplicationName(QStringLiteral("scholia"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCHOLIA_VERSION));
}

// One library session: opens the library, shows the window, runs the event loop. Sets
// *restoreFrom when the reader chose a backup to restore (File ▸ Backups…, or offered for
// a damaged library): that needs every connection closed, so the caller restores once the
// window and the store are gone, and starts a new session.
int runLibrary(QApplication &app, const QString &libraryPath, QString *restoreFrom)
{
    auto store = Scholia::ThreadStore::open(libraryPath);
    if (!store) {
        *restoreFrom = Scholia::LibraryRecovery::askAfterFailedOpen(libraryPath, store.error());
        return 1;
    }
    if (auto sample = Scholia::SampleLibrary::installIfEmpty(**store); !sample)
        qWarning("%s", qPrintable(sample.error().toString()));

    Scholia::DailyBackup dailyBackup(libraryPath); // ends after the window, before the store
    Scholia::MainWindow window(**store);
    QObject::connect(&window, &Scholia::MainWindow::libraryRestoreRequested, &window,
                     [&window, restoreFrom](const QString &backup) {
                         *restoreFrom = backup;
                         window.close(); // the last window: the event loop ends
                     });
    window.show();
    dailyBackup.startAfter(3000); // off the start-up path; it runs on its own thread
    // For `make bench` (cold start): once the window is shown, with its library list filled
    // by the constructor, print the wall-clock time in ms since the epoch and quit.
    if (qEnvironmentVariableIsSet("SCHOLIA_EXIT_WHEN_SHOWN"))
        QTimer::singleShot(0, &app, [] {
            std::printf("scholia-shown %lld\n",
                        static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    return app.exec();
}

int runWindow(int argc, char **argv)
{
    // Custom schemes must be known before the first web engine object exists.
    Scholia::ThreadSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // QtWebEngine asks for it
    QApplication app(argc, argv);
    describeApplication();
    Scholia::TranslationLoader::install(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Scholia"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Read and annotate saved discussion threads."));
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "The library file."),
                                      QApplication::translate("main", "PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString libraryPath = Scholia::DatabaseLocation::resolve(parser.value(dbOption));
    QString restoreFrom;
    for (;;) {
        const int exitCode = runLibrary(app, libraryPath, &restoreFrom);
        if (restoreFrom.isEmpty())
            return exitCode;
        if (!Scholia::LibraryRecovery::restore(libraryPath, std::exchange(restoreFrom, {})))
            return 1;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (Scholia::CommandLine::wantsHeadless(arguments)) {
        // `scholia export` prints PDFs with QtWebEngine, which needs a QGuiApplication.
        if (Scholia::ExportCommand::prepareWebEngine(arguments)) {
            QGuiApplication app(argc, argv);
            describeApplication();
            Scholia::TranslationLoader::install(app);
            return Scholia::CommandLine::run(app.arguments());
        }
        QCoreApplication app(argc, argv);
        describeApplication();
        Scholia::TranslationLoader::install(app);
        return Scholia::CommandLine::run(app.arguments());
    }
    return runWindow(argc, argv);
}
