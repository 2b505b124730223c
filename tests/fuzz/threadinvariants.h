#pragma once

#include "core/threaddocument.h"

namespace Scholia::Fuzz {

// What every imported thread promises the store and the view, whatever file it came
// from: a valid comment tree, and for the post and each comment a stored text that is
// the text the page shows for its HTML (annotation offsets count in both). Aborts with
// the thread's details when a promise is broken.
class ThreadInvariants
{
public:
    static void check(const ThreadDocument &thread);
};

} // namespace Scholia::Fuzz
