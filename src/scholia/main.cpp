// `scholia`, the executable users start. It runs `import` itself, linked without the
// window's libraries (LightCommandLine: 13 MiB at start instead of 49, which mattered
// against the import's memory target of 3x the file, issue 17), and hands everything else
// — the window, export, the other subcommands — to scholia-desktop, which replaces it
// (DesktopExecutable).

#include "cli/lightcommandline.h"
#include "desktopexecutable.h"
#include "library/translationloader.h"

#include <QCoreApplication>
#include <QStringList>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!Scholia::LightCommandLine::runsHere(arguments))
        return Scholia::DesktopExecutable::replaceProcess(argv);
    // As scholia-desktop's describeApplication(): the same settings and version.
    QCoreApplication::setOrganizationName(QStringLiteral("scholia"));
    QCoreApplication::setApplicationName(QStringLiteral("scholia"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCHOLIA_VERSION));
    QCoreApplication app(argc, argv);
    Scholia::TranslationLoader::install(app);
    return Scholia::LightCommandLine::run(app.arguments());
}
