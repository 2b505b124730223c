#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Scholia {

// `scholia SUBCOMMAND …`: the headless half of the one executable. Without a
// subcommand the GUI starts instead.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // True when the arguments ask for a subcommand (or --help/--version) rather than the GUI.
    static bool wantsHeadless(const QStringList &arguments);
    // For main(), before any application object exists: true when the subcommand the
    // arguments name (with --db before or after it) needs a QGuiApplication rather than a
    // QCoreApplication (`export` prints PDFs with QtWebEngine); the process has then been
    // prepared for it.
    static bool prepareGuiApplication(const QStringList &arguments);
    // The name the arguments give the subcommand (after a leading --db), or empty.
    static QString subcommandName(const QStringList &arguments);
    // Every subcommand's name, in the order --help lists them.
    static QStringList subcommandNames();
    // Runs it; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace Scholia
