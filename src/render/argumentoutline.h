#pragma once

#include <QtGlobal>

#include <vector>

namespace Scholia {

struct AnnotationLink;
struct ArgumentMap;

// An argument as a nested outline: each claim that points nowhere (a claim argued about)
// at the top, under it what links to it (its supports, rebuttals, questions, answers,
// same points), under those what links to them, and so on. Built with an explicit stack,
// never by recursion; a claim met again is listed as a repeat and not opened again, so
// cycles end. Claims only in cycles are opened from the first of them, in map order.
class ArgumentOutline
{
public:
    struct Entry
    {
        qint64 claimId = 0;
        int depth = 0;
        const AnnotationLink *via = nullptr; // the link to the parent entry; null at the top
        bool repeat = false;                 // listed before, with what is under it
    };

    static std::vector<Entry> entries(const ArgumentMap &map);
};

} // namespace Scholia
