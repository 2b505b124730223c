#pragma once

#include "core/threaddocument.h"

namespace Scholia {

// Merges a newer save of a thread into the stored one: the newer save decides the
// thread's fields, its comments and their order; comments the newer save no longer
// contains are kept where they were, marked as not in the latest save. Nothing the
// library held is dropped but the earlier save's "more" placeholders: what is missing is
// what the newer save says is missing (its SaveGaps, less what the kept comments hold).
// A comment the newer save shows removed or deleted keeps its stored text and author,
// with the new state (the library marks it kept after removal).
class ThreadMerger
{
public:
    static ThreadDocument merge(const ThreadDocument &stored, ThreadDocument incoming);
};

} // namespace Scholia
