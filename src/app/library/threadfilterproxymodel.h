#pragma once

#include <QAbstractProxyModel>

#include <vector>

namespace Scholia {

class ThreadListModel;

// The library list as shown: sorted by a column, filtered by what the reader types.
// A row matches when one of its shown texts contains the filter text, ignoring case, as
// QSortFilterProxyModel's fixed-string filter on every column did; rows sort as
// QSortFilterProxyModel sorted them (stably, by Qt::UserRole).
//
// Not a QSortFilterProxyModel: with 100 000 threads its sort (1.7 million comparisons
// through QModelIndexes, then its per-row mappings and persistent indexes remapped) took
// 80–130 ms. Here a sort or a filter is one pass over the column's order, which
// ThreadListModel keeps (ThreadListModel::rowsInOrder), keeping the rows that match,
// and one layout change; the selection (persistent indexes) follows its rows.
class ThreadFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit ThreadFilterProxyModel(ThreadListModel *threads, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // -1 while unsorted: the rows in the model's order.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    // The rows shown, again, from the column's order and the filter, in one layout change.
    void relayout(QAbstractItemModel::LayoutChangeHint hint, bool onlyNarrowed);
    void fillRows(bool onlyNarrowed);
    void forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    ThreadListModel *m_threads;
    QString m_text;
    QString m_foldedText;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_sourceRows; // proxy row -> model row
    std::vector<int> m_proxyRows; // model row -> proxy row, -1 when filtered out
};

} // namespace Scholia
