#include "fuzzinvariant.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace Scholia::Fuzz {

void FuzzInvariant::require(bool holds, const char *what, const QString &detail)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n%s\n", what,
                 qUtf8Printable(detail.left(2000)));
    std::abort();
}

void FuzzInvariant::ensureCoreApplication()
{
    if (QCoreApplication::instance())
        return;
    // Lives as long as the process: destroying it after main() would race Qt's own
    // global destructors, and a pointer held here is reachable, not a leak.
    static int argc = 1;
    static char name[] = "scholia-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *application = new QCoreApplication(argc, argv);
    Q_UNUSED(application);
}

} // namespace Scholia::Fuzz
