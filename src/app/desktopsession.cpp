#include "desktopsession.h"

#include "app/library/backgroundcheckpoint.h"
#include "app/library/dailybackup.h"
#include "app/library/libraryownership.h"
#include "app/library/libraryrecovery.h"
#include "app/library/libraryrelocation.h"
#include "app/library/samplelibrary.h"
#include "app/threadview/threadschemehandler.h"
#include "library/databaselocation.h"
#include "library/translationloader.h"
#include "mainwindow.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <utility>

namespace Scholia {

namespace {

// One library session: opens the library, shows the window, runs the event loop. Sets
// *restoreFrom when the reader chose a backup to restore (File ▸ Backups…, or offered for
// a damaged library): that needs every connection closed, so the caller restores once the
// window and the store are gone, and starts a new session.
// Without the writer lock (another process writes), the library opens read-only.
int runLibrary(QApplication &app, const QString &libraryPath, LibraryOwnership &ownership,
               const QStringList &filesToImport, QString *restoreFrom, QString *moveTo)
{
    const bool writable = ownership.acquire();
    auto store = writable ? Library::open(libraryPath) : Library::openReadOnly(libraryPath);
    if (!store && !writable) {
        // Recovery would write: the process holding the lock has the last word.
        QMessageBox::critical(nullptr, QApplication::translate("main", "Scholia"),
                              store.error().toString());
        return 1;
    }
    if (!store) {
        *restoreFrom = LibraryRecovery::askAfterFailedOpen(libraryPath, store.error());
        return 1;
    }
    if (writable)
        if (auto sample = SampleLibrary::installIfEmpty(**store); !sample)
            qWarning("%s", qPrintable(sample.error().toString()));

    DailyBackup dailyBackup(libraryPath); // ends after the window, before the store
    BackgroundCheckpoint checkpoint(libraryPath); // likewise
    if (writable)
        checkpoint.start(); // a log an import left, copied off the GUI thread
    MainWindow window(**store);
    ownership.attach(window);
    QObject::connect(&window, &MainWindow::libraryRestoreRequested, &window,
                     [&window, restoreFrom](const QString &backup) {
                         *restoreFrom = backup;
                         window.close(); // the last window: the event loop ends
                     });
    // Preferences ▸ Move…: likewise done by the caller once every connection is closed.
    QObject::connect(&window, &MainWindow::libraryMoveRequested, &window,
                     [&window, moveTo](const QString &folder) {
                         *moveTo = folder;
                         window.close();
                     });
    window.show();
    if (!filesToImport.isEmpty())
        window.importFiles(filesToImport); // "Open with Scholia": import, then show it
    if (writable)
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

} // namespace

int DesktopSession::run(int &argc, char **argv)
{
    // Custom schemes must be known before the first web engine object exists.
    ThreadSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // QtWebEngine asks for it
    QApplication app(argc, argv);
    TranslationLoader::install(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Scholia"));
    // Installed, the desktop file and the hicolor icon carry this name (packaging/).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.scholia.Scholia"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.scholia.Scholia")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Read and annotate saved discussion threads."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "The library file."),
                                      QApplication::translate("main", "PATH"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QApplication::translate("main", "Saved threads to import and open."),
        QStringLiteral("[FILE...]"));
    parser.process(app);
    QStringList filesToImport;
    for (const QString &file : parser.positionalArguments())
        filesToImport << QFileInfo(file).absoluteFilePath();

    QString libraryPath = DatabaseLocation::resolve(parser.value(dbOption));
    // One writer per library: a window already open on it takes the files, and this ends.
    // A pointer: moving the library (Preferences) makes it another library to own.
    auto ownership = std::make_unique<LibraryOwnership>(libraryPath);
    if (ownership->handOver(filesToImport))
        return 0;
    QString restoreFrom;
    QString moveTo;
    for (;;) {
        const int exitCode = runLibrary(app, libraryPath, *ownership,
                                        std::exchange(filesToImport, {}), &restoreFrom, &moveTo);
        if (ownership->takeReopenRequest())
            continue; // Retry got the writer lock: reopen the library for writing
        if (!moveTo.isEmpty()) {
            // Still holding the old library's lock: nobody writes to it while it is copied.
            const QString moved = LibraryRelocation::move(libraryPath, std::exchange(moveTo, {}));
            if (!moved.isEmpty()) {
                ownership.reset();
                libraryPath = moved;
                ownership = std::make_unique<LibraryOwnership>(libraryPath);
            }
            continue; // reopen, moved or not
        }
        if (restoreFrom.isEmpty())
            return exitCode;
        if (!LibraryRecovery::restore(libraryPath, std::exchange(restoreFrom, {})))
            return 1;
    }
}

} // namespace Scholia
