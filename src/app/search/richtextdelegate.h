#pragma once

#include <QStyledItemDelegate>

namespace Scholia {

// Draws an item's HTML (a role holding escaped rich text) in the palette's colours,
// wrapped to the view's width: search results with their matched words in bold.
class RichTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    RichTextDelegate(int htmlRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static constexpr int margin = 4;
    int m_htmlRole;
};

} // namespace Scholia
