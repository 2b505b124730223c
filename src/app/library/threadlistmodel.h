#pragma once

#include "store/threadsummary.h"

#include <QAbstractTableModel>
#include <QHash>

#include <array>
#include <vector>

namespace Scholia {

// The library's threads as a table: title, site, date, comments, annotations, tags;
// and, by role, how many comments are new and unread.
class ThreadListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Site, Date, Comments, Annotations, Tags, ColumnCount };
    static constexpr int ThreadIdRole = Qt::UserRole + 1;
    // Of any column: how many of the thread's comments are new, and unread.
    static constexpr int NewCountRole = Qt::UserRole + 2;
    static constexpr int UnreadCountRole = Qt::UserRole + 3;

    using QAbstractTableModel::QAbstractTableModel;

    void setThreads(std::vector<ThreadSummary> threads);
    const ThreadSummary *threadAt(int row) const;
    int rowOfThread(qint64 threadId) const;
    // The reader read or visited the thread: its row changes in place (a reload would
    // lose the selection and scroll position at every comment read).
    void setReadCounts(qint64 threadId, int newCount, int unreadCount);

    // For the sort and filter proxy (ThreadFilterProxyModel), made once in setThreads: with
    // 100 000 threads a sort by comparisons (1.7 million of them, through QModelIndexes)
    // and a filter building QVariants, dates and locale-formatted numbers per row took
    // longer than a reader waits. Both agree with what data() shows and sorts by (Qt::UserRole).
    //
    // The rows in the column's order: by the value data() gives for Qt::UserRole (strings
    // case-sensitively, undated first), equal values in the rows' own order whichever way
    // the column is sorted (a stable sort, as QSortFilterProxyModel's).
    const std::vector<int> &rowsInOrder(int column, Qt::SortOrder order) const;
    // True when one of the row's shown texts contains the text, case folded (QString::toCaseFolded).
    bool rowContains(int row, const QString &foldedText) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Each column's orders, ascending and descending, from the rows' sort keys: a sort is
    // then a permutation to read, not comparisons of strings with long shared prefixes.
    void orderRows();
    template <typename Less> void orderBy(int column, Less less);

    std::vector<ThreadSummary> m_threads;
    std::vector<QString> m_shownText; // every column's shown text, case folded, a line each
    std::array<std::vector<int>, ColumnCount> m_ascending;
    std::array<std::vector<int>, ColumnCount> m_descending;
    QHash<qint64, int> m_rowOfThread;
};

} // namespace Scholia
