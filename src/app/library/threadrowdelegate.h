#pragma once

#include <QStyledItemDelegate>

class QTableView;

namespace Scholia {

// The library list's title cell in two parts: the whole title, wrapped over as many
// lines as it needs (never cut), and under it a quieter line with the site and the
// comment and annotation counts, then the thread's tags as chips. The columns those
// come from can stay hidden at the default size; they still sort.
class ThreadRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ThreadRowDelegate(QTableView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The quieter line under the title: site · N comments · M annotations.
    static QString detailLine(const QModelIndex &titleIndex);
    static QStringList tags(const QModelIndex &titleIndex);

private:
    int textWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    QTableView *m_view;
};

} // namespace Scholia
