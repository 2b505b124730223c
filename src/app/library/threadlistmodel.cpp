#include "threadlistmodel.h"

#include <QLocale>

#include <algorithm>
#include <limits>
#include <numeric>

namespace Scholia {

void ThreadListModel::setThreads(std::vector<ThreadSummary> threads)
{
    beginResetModel();
    m_threads = std::move(threads);
    m_rowOfThread.clear();
    m_rowOfThread.reserve(qsizetype(m_threads.size()));
    m_shownText.clear();
    m_shownText.reserve(m_threads.size());
    for (int row = 0; row < int(m_threads.size()); ++row) {
        m_rowOfThread.insert(m_threads[size_t(row)].id, row);
        QStringList shown;
        for (int column = 0; column < ColumnCount; ++column)
            shown << data(index(row, column), Qt::DisplayRole).toString();
        m_shownText.push_back(shown.join(QLatin1Char('\n')).toCaseFolded());
    }
    orderRows();
    endResetModel();
}

template <typename Less> void ThreadListModel::orderBy(int column, Less less)
{
    std::vector<int> &ascending = m_ascending[size_t(column)];
    ascending.resize(m_threads.size());
    std::iota(ascending.begin(), ascending.end(), 0);
    std::stable_sort(ascending.begin(), ascending.end(), less);
    // Descending: the runs of equal values last to first, each run still in the rows' order.
    std::vector<int> &descending = m_descending[size_t(column)];
    descending.clear();
    descending.reserve(ascending.size());
    size_t end = ascending.size();
    while (end > 0) {
        size_t begin = end - 1;
        while (begin > 0 && !less(ascending[begin - 1], ascending[begin]))
            --begin;
        descending.insert(descending.end(), ascending.begin() + qsizetype(begin), ascending.begin() + qsizetype(end));
        end = begin;
    }
}

void ThreadListModel::orderRows()
{
    // By the values data() gives for Qt::UserRole, compared as QSortFilterProxyModel
    // compared them (strings case-sensitively, invalid dates first).
    const auto by = [this](auto key) {
        return [this, key](int a, int b) { return key(m_threads[size_t(a)]) < key(m_threads[size_t(b)]); };
    };
    orderBy(Title, by([](const ThreadSummary &t) -> const QString & { return t.title; }));
    orderBy(Site, by([](const ThreadSummary &t) -> const QString & { return t.site; }));
    orderBy(Date, by([](const ThreadSummary &t) {
                return t.created.isValid() ? t.created.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
            }));
    orderBy(Comments, by([](const ThreadSummary &t) { return t.commentCount; }));
    orderBy(Annotations, by([](const ThreadSummary &t) { return t.annotationCount; }));
    std::vector<QString> tags;
    tags.reserve(m_threads.size());
    for (const ThreadSummary &thread : m_threads)
        tags.push_back(thread.tags.join(QStringLiteral(", ")));
    orderBy(Tags, [&tags](int a, int b) { return tags[size_t(a)] < tags[size_t(b)]; });
}

const std::vector<int> &ThreadListModel::rowsInOrder(int column, Qt::SortOrder order) const
{
    return order == Qt::AscendingOrder ? m_ascending[size_t(column)] : m_descending[size_t(column)];
}

bool ThreadListModel::rowContains(int row, const QString &foldedText) const
{
    return m_shownText[size_t(row)].contains(foldedText);
}

const ThreadSummary *ThreadListModel::threadAt(int row) const
{
    if (row < 0 || row >= int(m_threads.size()))
        return nullptr;
    return &m_threads[size_t(row)];
}

int ThreadListModel::rowOfThread(qint64 threadId) const
{
    return m_rowOfThread.value(threadId, -1);
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
