#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace Scholia {

class ThreadFilterProxyModel;
class ThreadListModel;
class Library;
struct ThreadSummary;

// The left pane: the library's threads, sortable, with a filter box.
class LibraryPane : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPane(QWidget *parent = nullptr);

    // Re-reads the thread list; returns false (and keeps the old list) on a library error.
    bool reload(const Library &library, QString *error = nullptr);
    // Re-reads one thread's new and unread counts into its row.
    void refreshReadCounts(const Library &library, qint64 threadId);
    // False when the thread is not in the list.
    bool selectThread(qint64 threadId);
    void selectFirstThread();
    const ThreadSummary *selectedThread() const;
    // The library has no thread: the list gives way to how to get threads in.
    bool showsEmptyHint() const;

signals:
    void threadSelected(qint64 threadId);
    // Delete key or the context menu: the reader wants the selected thread gone.
    void deleteRequested(qint64 threadId);
    // Enter or double-click: the reader wants to read it now.
    void threadActivated(qint64 threadId);

private:
    void emitSelection();
    void refitRowsSoon();
    void refitRows();
    void fitRowsInSight();

    ThreadListModel *m_model;
    ThreadFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QStackedWidget *m_stack;
    QLabel *m_emptyHint;
    bool m_refitPending = false;
};

} // namespace Scholia
