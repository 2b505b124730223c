#include "threadlistmodel.h"

#include <QLocale>

namespace Scholia {

void ThreadListModel::setThreads(std::vector<ThreadSummary> threads)
{
    beginResetModel();
    m_threads = std::move(threads);
    endResetModel();
}

const ThreadSummary *ThreadListModel::threadAt(int row) const
{
    if (row < 0 || row >= int(m_threads.size()))
        return nullptr;
    return &m_threads[size_t(row)];
}

int ThreadListModel::rowOfThread(qint64 threadId) const
{
    for (int row = 0; row < int(m_threads.size()); ++row) {
        if (m_threads[size_t(row)].id == threadId)
            return row;
    }
    return -1;
}

void ThreadListModel::setReadCounts(qint64 threadId, int newCount, int unreadCount)
{
    const int row = rowOfThread(threadId);
    if (row < 0)
        return;
    ThreadSummary &thread = m_threads[size_t(row)];
    if (thread.newCount == newCount && thread.unreadCount == unreadCount)
        return;
    thread.newCount = newCount;
    thread.unreadCount = unreadCount;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ThreadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_threads.size());
}

int ThreadListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThreadListModel::data(const QModelIndex &index, int role) const
{
    const ThreadSummary *thread = threadAt(index.row());
    if (!thread)
        return {};
    if (role == ThreadIdRole)
        return thread->id;
    if (role == NewCountRole)
        return thread->newCount;
    if (role == UnreadCountRole)
        return thread->unreadCount;
    if (role == Qt::ToolTipRole && index.column() == Title)
        return thread->title;
    // A partial save is marked where the reader looks at the size of a thread.
    const bool partial = !thread->gaps.isWhole();
    if (partial && index.column() == Comments
        && (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole))
        return tr("Incomplete save: %1").arg(thread->gaps.summary(thread->sourceKind));
    if (role == Qt::TextAlignmentRole && (index.column() == Comments || index.column() == Annotations))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const bool sorting = role == Qt::UserRole;
    if (role != Qt::DisplayRole && !sorting)
        return {};
    switch (index.column()) {
    case Title: return thread->title;
    case Site: return thread->site;
    case Date:
        if (sorting)
            return thread->created;
        return QLocale().toString(thread->created.toLocalTime().date(), QLocale::ShortFormat);
    case Comments:
        if (partial && !sorting)
            return tr("%1 ⚠", "comment count of a save that lacks part of its thread")
                .arg(QLocale().toString(thread->commentCount));
        return thread->commentCount;
    case Annotations: return thread->annotationCount;
    case Tags: return thread->tags.join(QStringLiteral(", "));
    }
    return {};
}

QVariant ThreadListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case Title: return tr("Title");
    case Site: return tr("Site");
    case Date: return tr("Date");
    case Comments: return tr("Comments");
    case Annotations: return tr("Annotations");
    case Tags: return tr("Tags");
    }
    return {};
}

} // namespace Scholia
