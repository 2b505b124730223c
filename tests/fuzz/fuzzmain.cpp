// libFuzzer's entry points for one target, chosen at build time (SCHOLIA_FUZZ_TARGET).

#include "fuzzinvariant.h"
#include "fuzztargets.h"

#include <cstdio>
#include <cstdlib>

namespace {
const Scholia::Fuzz::FuzzTarget *target = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    target = Scholia::Fuzz::targetNamed(SCHOLIA_FUZZ_TARGET);
    if (!target) {
        std::fprintf(stderr, "no fuzz target is called %s\n", SCHOLIA_FUZZ_TARGET);
        std::abort();
    }
    Scholia::Fuzz::FuzzInvariant::ensureCoreApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return target->run(data, size);
}
