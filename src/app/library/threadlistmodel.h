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

    // For the sort and filter proxy (ThreadFilterProxyModel), from keys made once in
    // setThreads: with 100 000 threads, a sort compares rows 1.7 million times and a
    // filter reads every row's text at each keystroke, too often to build QVariants,
    // dates and locale-formatted numbers each time. Both agree with what data() shows
    // and sorts by (Qt::UserRole).
    bool lessThan(int column, int leftRow, int rightRow) const;
    // True when one of the row's shown texts contains the text, case folded (QString::toCaseFolded).
    bool rowContains(int row, const QString &foldedText) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Each row's place in each column's ascending order (equal values, equal ranks): a
    // sort then compares integers, not strings with long shared prefixes ("reddit.com/r/").
    void rankRows();
    template <typename Less> void rankBy(int column, Less less);

    std::vector<ThreadSummary> m_threads;
    std::vector<QString> m_shownText; // every column's shown text, case folded, a line each
    std::array<std::vector<int>, ColumnCount> m_ranks;
    QHash<qint64, int> m_rowOfThread;
};

} // namespace Scholia
