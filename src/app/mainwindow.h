#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QSplitter;

namespace Scholia {

class AnnotationController;
class FindBar;
class SearchPane;
class LibraryPane;
class NotesPane;
class ThemeSwitcher;
class ThreadStore;
class ThreadView;

// Wires the three panes together: library (left), thread (centre), notes (right),
// and keeps the window's layout between sessions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ThreadStore &store, QWidget *parent = nullptr);

    LibraryPane *libraryPane() const { return m_library; }
    ThreadView *threadView() const { return m_threadView; }
    // Re-reads the library list and shows threadId (or keeps the selection when 0).
    void reloadLibrary(qint64 threadId = 0);
    // Opens a thread at one comment (a search hit, a topic passage), marking the terms.
    void showThreadAt(qint64 threadId, const QString &commentSourceId, const QStringList &terms = {});

signals:
    // File ▸ Backups… ▸ Restore…: the library must be closed first, so the caller does it.
    void libraryRestoreRequested(const QString &backupPath);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The library list with the library-wide search (Ctrl+Shift+F) above it.
    QWidget *libraryWithSearch();
    // The thread view with the find bar (Ctrl+F) under it.
    QWidget *threadWithFindBar();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createHelpMenu();
    void createTopicsDock();
    void showThread(qint64 threadId);
    void deleteThread(qint64 threadId);
    void editThreadTags();
    void askCollapseDepth();
    void restoreLayout();
    void saveLayout() const;

    ThreadStore &m_store;
    AnnotationController *m_annotationsController; // created first: the panes use it
    LibraryPane *m_library;
    ThreadView *m_threadView;
    FindBar *m_findBar = nullptr;     // made with the centre pane
    SearchPane *m_search = nullptr; // made with the left pane
    NotesPane *m_notes;
    QSplitter *m_splitter;
    QLabel *m_statusLabel;
    ThemeSwitcher *m_theme;
    QDockWidget *m_topicsDock = nullptr;
};

} // namespace Scholia
