#pragma once

#include "core/annotatedthread.h"
#include "core/result.h"

namespace Scholia {

class Library;

// Gathers what an export prints from the library: the thread, its annotations, notes,
// tags, view state, when it was saved, its argument (the links with an end on it) and its
// history (earlier texts, read and new). Shared by
// `scholia export` and the window.
class AnnotatedThreadLoader
{
public:
    static Result<AnnotatedThread> load(Library &library, qint64 threadId);
};

} // namespace Scholia
