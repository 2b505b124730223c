#pragma once

#include "store/threadsummary.h"

#include <QAbstractTableModel>

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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ThreadSummary> m_threads;
};

} // namespace Scholia
