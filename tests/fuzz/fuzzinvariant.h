#pragma once

#include <QString>

namespace Scholia::Fuzz {

// Qt and the importers never crash on what they are asked to check; a broken promise
// must still stop the fuzzer with the input that caused it, so it aborts like a crash.
class FuzzInvariant
{
public:
    static void require(bool holds, const char *what, const QString &detail = {});
    // QCoreApplication, once, for the parts of Qt that want one.
    static void ensureCoreApplication();
};

} // namespace Scholia::Fuzz
