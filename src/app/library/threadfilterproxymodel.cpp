#include "threadfilterproxymodel.h"

#include "app/library/threadlistmodel.h"

namespace Scholia {

ThreadFilterProxyModel::ThreadFilterProxyModel(ThreadListModel *threads, QObject *parent)
    : QSortFilterProxyModel(parent), m_threads(threads)
{
    setSourceModel(threads);
}

void ThreadFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_foldedText = text.toCaseFolded();
    // The whole mapping again, in one layout change: invalidateFilter() would tell the
    // view of every run of rows that comes or goes, each a signal the header and the
    // selection handle in turn, thousands of them for a letter typed in a big library.
    invalidate();
}

bool ThreadFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return sourceParent.isValid() ? false
                                  : m_foldedText.isEmpty() || m_threads->rowContains(sourceRow, m_foldedText);
}

bool ThreadFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_threads->lessThan(left.column(), left.row(), right.row());
}

} // namespace Scholia
