#pragma once

#include <QStyledItemDelegate>

class QTextLayout;

namespace Scholia {

// Draws a topic passage as a card: a bar in its highlight colour, the quote (a few
// lines at most), the note, and "author · date · tags" in a quieter colour. Thread rows
// are drawn as usual. Colours come from the palette, so dark themes work.
class TopicPassageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // The passage's blocks laid out in width; painter null: measure only. Returns the height.
    int layOut(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
               const QRect &rect) const;
};

} // namespace Scholia
