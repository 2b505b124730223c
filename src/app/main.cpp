// The one executable: `scholia SUBCOMMAND …` runs headless; `scholia` opens the window.

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
#include <QGuiApplication>
#include <QMessageBox>

namespace {

void describeApplication()
{
    // Organization and application share the name, so settings live in
    // ~/.config/scholia/scholia.conf.
    QCoreApplication::setOrganizationName(QStringLiteral("scholia"));
    QCoreApplication::setApplicationName(QStringLiteral("scholia"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCHOLIA_VERSION));
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

    auto store = Scholia::ThreadStore::open(Scholia::DatabaseLocation::resolve(parser.value(dbOption)));
    if (!store) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Scholia"),
                              QApplication::translate("main", "The library could not be opened.\n\n%1")
                                  .arg(store.error().toString()));
        return 1;
    }
    if (auto sample = Scholia::SampleLibrary::installIfEmpty(**store); !sample)
        qWarning("%s", qPrintable(sample.error().toString()));

    Scholia::MainWindow window(**store);
    window.show();
    return app.exec();
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
