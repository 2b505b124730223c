#pragma once

#include <QPoint>
#include <QRect>
#include <QSize>

namespace Scholia {

// Where a popover of a given size goes so that it stays beside what it is about:
// below the anchor (a selection's rectangle, in global coordinates) when it fits in the
// available area, else above it, else to its right or left, and only when none of
// those fits, the place in the area that covers the least of it. Horizontally it
// starts at the anchor's left edge and is clamped to the area.
class PopoverPlacement
{
public:
    static constexpr int gap = 6;

    static QPoint place(const QSize &popover, const QRect &anchor, const QRect &area);
};

} // namespace Scholia
