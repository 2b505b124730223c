#include "desktopexecutable.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

namespace Scholia {

namespace {

// The folder of this executable, from the kernel (argv[0] may be a bare name found on PATH).
std::string ownFolder()
{
    char path[PATH_MAX];
    const ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
    if (length <= 0)
        return ".";
    const std::string self(path, size_t(length));
    const size_t slash = self.rfind('/');
    return slash == std::string::npos ? std::string(".") : self.substr(0, slash);
}

} // namespace

int DesktopExecutable::replaceProcess(char **argv)
{
    const std::string folder = ownFolder();
    // Installed: libexec/scholia/scholia-desktop (SCHOLIA_DESKTOP_FROM_BINDIR, relative to
    // the bin folder); in the build tree: beside `scholia`.
    const std::string candidates[] = {folder + "/" SCHOLIA_DESKTOP_FROM_BINDIR,
                                      folder + "/scholia-desktop"};
    int error = ENOENT;
    for (const std::string &candidate : candidates) {
        execv(candidate.c_str(), argv);
        error = errno;
    }
    // Before QCoreApplication, so no tr(): the build or the installation is broken.
    std::fprintf(stderr, "scholia: cannot start %s: %s\n", candidates[0].c_str(),
                 std::strerror(error));
    return 127;
}

} // namespace Scholia
