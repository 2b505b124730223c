#pragma once

#include <QMainWindow>

class QLabel;
class QSplitter;

namespace Scholia {

class LibraryPane;
class NotesPane;
class ThreadStore;
class ThreadView;

// Wires the three panes together: library (left), thread (centre), notes (right).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ThreadStore &store, QWidget *parent = nullptr);

    LibraryPane *libraryPane() const { return m_library; }
    ThreadView *threadView() const { return m_threadView; }

private:
    void createMenus();
    void showThread(qint64 threadId);

    ThreadStore &m_store;
    LibraryPane *m_library;
    ThreadView *m_threadView;
    NotesPane *m_notes;
    QSplitter *m_splitter;
    QLabel *m_statusLabel;
};

} // namespace Scholia
