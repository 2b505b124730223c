#include "app/annotating/popoverplacement.h"

#include <QtGlobal>

#include <array>

namespace Scholia {

namespace {

int clampTo(int value, int low, int high)
{
    // An area smaller than the popover: its top-left corner wins.
    return high < low ? low : qBound(low, value, high);
}

} // namespace

QPoint PopoverPlacement::place(const QSize &popover, const QRect &anchor, const QRect &area)
{
    const int minX = area.left();
    const int maxX = area.left() + area.width() - popover.width();
    const int minY = area.top();
    const int maxY = area.top() + area.height() - popover.height();
    const int x = clampTo(anchor.left(), minX, maxX);
    const int y = clampTo(anchor.top(), minY, maxY);

    const std::array<QPoint, 4> candidates{
        QPoint(x, anchor.bottom() + 1 + gap),                        // below
        QPoint(x, anchor.top() - gap - popover.height()),            // above
        QPoint(anchor.right() + 1 + gap, y),                         // right
        QPoint(anchor.left() - gap - popover.width(), y),            // left
    };
    for (const QPoint &at : candidates) {
        if (area.contains(QRect(at, popover)))
            return at;
    }

    // Nowhere beside it fits (a selection taller than the screen): clamp each candidate
    // into the area and keep the one that covers the least of the selection.
    QPoint best;
    qint64 bestCovered = -1;
    for (const QPoint &candidate : candidates) {
        const QPoint at(clampTo(candidate.x(), minX, maxX), clampTo(candidate.y(), minY, maxY));
        const QRect covered = QRect(at, popover).intersected(anchor);
        const qint64 amount = covered.isEmpty() ? 0 : qint64(covered.width()) * covered.height();
        if (bestCovered < 0 || amount < bestCovered) {
            best = at;
            bestCovered = amount;
        }
    }
    return best;
}

} // namespace Scholia
