#pragma once

#include "store/threadsummary.h"

#include <QAbstractTableModel>

#include <vector>

namespace Scholia {

// The library's threads as a table: title, site, date, comments, annotations.
class ThreadListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Site, Date, Comments, Annotations, Tags, ColumnCount };
    static constexpr int ThreadIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setThreads(std::vector<ThreadSummary> threads);
    const ThreadSummary *threadAt(int row) const;
    int rowOfThread(qint64 threadId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ThreadSummary> m_threads;
};

} // namespace Scholia
