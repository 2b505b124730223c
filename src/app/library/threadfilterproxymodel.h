#pragma once

#include <QSortFilterProxyModel>

namespace Scholia {

class ThreadListModel;

// The library list as shown: sorted by a column, filtered by what the reader types.
// Compares and matches rows through ThreadListModel's keys, made once when the threads
// are set, rather than through data() (QSortFilterProxyModel's way): with 100 000
// threads that is the difference between a keystroke or a sort in tens of milliseconds
// and in seconds. A row matches when one of its shown texts contains the filter text,
// ignoring case, as QSortFilterProxyModel's fixed-string filter on every column did.
class ThreadFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ThreadFilterProxyModel(ThreadListModel *threads, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ThreadListModel *m_threads;
    QString m_text;
    QString m_foldedText;
};

} // namespace Scholia
