#pragma once

#include <QStringList>

namespace Scholia {

// The subcommands the `scholia` executable runs itself, linked without the window's
// libraries (Widgets, WebEngine and the rest: 112 shared libraries, 49 MiB before the
// first byte is read; 13 MiB without them). Today that is `import`, whose peak memory is
// measured against the file's size (issue 17). Everything else — the window, export,
// the other subcommands — runs in scholia-desktop, which `scholia` starts in its place.
class LightCommandLine
{
public:
    // How many arguments after the program name a leading library option takes: the usage
    // line puts --db before everything, so `scholia --db PATH import FILE` must reach import.
    static qsizetype leadingLibraryOption(const QStringList &arguments);
    // The name the arguments give the subcommand (after a leading --db), or empty.
    static QString subcommandName(const QStringList &arguments);
    // What the subcommand itself parses: its name as argv[0] ("scholia import"), so that
    // its own --help reads naturally, then a leading --db and the arguments after it.
    static QStringList subcommandArguments(const QStringList &arguments);
    // True when the arguments name a subcommand that runs without the window's libraries.
    static bool runsHere(const QStringList &arguments);
    // Runs it; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace Scholia
