// scholia-desktop, which `scholia` starts for everything it does not run itself (see
// main.cpp): `scholia SUBCOMMAND …` runs headless; `scholia` opens the window. It is the
// one place that knows both the command line and the window.

#include "app/desktopsession.h"
#include "cli/commandline.h"
#include "library/translationloader.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>

namespace {

void describeApplication()
{
    // Organization and application share the name, so settings live in
    // ~/.config/scholia/scholia.conf.
    QCoreApplication::setOrganizationName(QStringLiteral("scholia"));
    QCoreApplication::setApplicationName(QStringLiteral("scholia"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCHOLIA_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    describeApplication();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (Scholia::CommandLine::wantsHeadless(arguments)) {
        // A subcommand that prints with QtWebEngine (export) needs a QGuiApplication.
        if (Scholia::CommandLine::prepareGuiApplication(arguments)) {
            QGuiApplication app(argc, argv);
            Scholia::TranslationLoader::install(app);
            return Scholia::CommandLine::run(app.arguments());
        }
        QCoreApplication app(argc, argv);
        Scholia::TranslationLoader::install(app);
        return Scholia::CommandLine::run(app.arguments());
    }
    return Scholia::DesktopSession::run(argc, argv);
}
