#pragma once

namespace Scholia {

// Where scholia-desktop is, and starting it in place of `scholia`.
class DesktopExecutable
{
public:
    // Replaces this process with scholia-desktop and the same arguments (argv[0] kept, so
    // messages still name "scholia"). Returns only when that fails: the exit code, with
    // the reason printed.
    static int replaceProcess(char **argv);
};

} // namespace Scholia
