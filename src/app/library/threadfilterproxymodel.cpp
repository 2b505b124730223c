#include "threadfilterproxymodel.h"

#include "app/library/threadlistmodel.h"

namespace Scholia {

ThreadFilterProxyModel::ThreadFilterProxyModel(ThreadListModel *threads, QObject *parent)
    : QAbstractProxyModel(parent), m_threads(threads)
{
    setSourceModel(threads);
    // ThreadListModel changes its rows only by a reset (setThreads), and its data in place
    // (read counts) without changing what sorts or filters.
    connect(threads, &QAbstractItemModel::modelAboutToBeReset, this, &ThreadFilterProxyModel::beginResetModel);
    connect(threads, &QAbstractItemModel::modelReset, this, [this] {
        fillRows(false);
        endResetModel();
    });
    connect(threads, &QAbstractItemModel::dataChanged, this, &ThreadFilterProxyModel::forwardDataChanged);
    fillRows(false);
}

void ThreadFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    const QString folded = text.toCaseFolded();
    // A letter typed at the end or inside: only the rows shown can still match.
    const bool narrowed = !m_foldedText.isEmpty() && folded.contains(m_foldedText);
    m_text = text;
    m_foldedText = folded;
    relayout(QAbstractItemModel::NoLayoutChangeHint, narrowed);
}

void ThreadFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ThreadListModel::ColumnCount)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    relayout(QAbstractItemModel::VerticalSortHint, false);
}

void ThreadFilterProxyModel::relayout(QAbstractItemModel::LayoutChangeHint hint, bool onlyNarrowed)
{
    emit layoutAboutToBeChanged({}, hint);
    // The persistent indexes (the selection, the current row) by their model rows, then
    // moved to where those rows are now, or made invalid when a row is filtered out.
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRowsBefore;
    sourceRowsBefore.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        sourceRowsBefore.push_back(index.isValid() ? m_sourceRows[size_t(index.row())] : -1);
    fillRows(onlyNarrowed);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int sourceRow = sourceRowsBefore[size_t(i)];
        const int row = sourceRow < 0 ? -1 : m_proxyRows[size_t(sourceRow)];
        after << (row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, hint);
}

void ThreadFilterProxyModel::fillRows(bool onlyNarrowed)
{
    const int count = m_threads->rowCount();
    const auto matches = [this](int row) { return m_foldedText.isEmpty() || m_threads->rowContains(row, m_foldedText); };
    std::vector<int> rows;
    rows.reserve(onlyNarrowed ? m_sourceRows.size() : size_t(count));
    if (onlyNarrowed) {
        for (const int row : m_sourceRows)
            if (matches(row))
                rows.push_back(row);
    } else if (m_sortColumn < 0) {
        for (int row = 0; row < count; ++row)
            if (matches(row))
                rows.push_back(row);
    } else {
        for (const int row : m_threads->rowsInOrder(m_sortColumn, m_sortOrder))
            if (matches(row))
                rows.push_back(row);
    }
    m_sourceRows = std::move(rows);
    m_proxyRows.assign(size_t(count), -1);
    for (size_t i = 0; i < m_sourceRows.size(); ++i)
        m_proxyRows[size_t(m_sourceRows[i])] = int(i);
}

void ThreadFilterProxyModel::forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                                const QList<int> &roles)
{
    // Rows next to each other in the model need not be in the list: each row on its own.
    for (int sourceRow = topLeft.row(); sourceRow <= bottomRight.row(); ++sourceRow) {
        const int row = m_proxyRows[size_t(sourceRow)];
        if (row >= 0)
            emit dataChanged(index(row, topLeft.column()), index(row, bottomRight.column()), roles);
    }
}

QModelIndex ThreadFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    return hasIndex(row, column, parent) ? createIndex(row, column) : QModelIndex();
}

QModelIndex ThreadFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex ThreadFilterProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int ThreadFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sourceRows.size());
}

int ThreadFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ThreadListModel::ColumnCount;
}

bool ThreadFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_sourceRows.empty();
}

QModelIndex ThreadFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.row() >= int(m_sourceRows.size()))
        return {};
    return m_threads->index(m_sourceRows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex ThreadFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= int(m_proxyRows.size()))
        return {};
    const int row = m_proxyRows[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

} // namespace Scholia
