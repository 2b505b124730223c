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
    // Runs it; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace Scholia
