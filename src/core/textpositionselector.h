#pragma once

#include <QtGlobal>

namespace Scholia {

// W3C TextPositionSelector: a range [start, end) in a comment's plain text, counted in
// UTF-16 code units, the same units as the thread page's JavaScript uses for textContent.
struct TextPositionSelector
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool operator==(const TextPositionSelector &) const = default;
};

} // namespace Scholia
