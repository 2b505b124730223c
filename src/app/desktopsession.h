#pragma once

namespace Scholia {

// The window's life: parses the window's command line (--db, files to import), hands the
// files to a window already open on the library or opens it (read-only when another
// process writes), and runs library sessions until the reader quits — a restore from a
// backup or a move of the library ends one session and starts the next.
class DesktopSession
{
public:
    static int run(int &argc, char **argv);
};

} // namespace Scholia
