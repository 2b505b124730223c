#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;

namespace Scholia {

class ArgumentMapView;
class LibraryEditor;
class FindBar;
class ImportController;
class SaveFromAddressController;
class ReadOnlyBanner;
class ReadingTracker;
class SearchPane;
class LibraryPane;
class MainToolBar;
class NotesPane;
class ThemeSwitcher;
class Library;
class ThreadMapController;
class ThreadMapStrip;
class ThreadView;

// Wires the three panes together: library (left), thread (centre), notes (right),
// and keeps the window's layout between sessions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Library &library, QWidget *parent = nullptr);

    LibraryPane *libraryPane() const { return m_libraryPane; }
    ThreadView *threadView() const { return m_threadView; }
    // Re-reads the library list and shows threadId (or keeps the selection when 0).
    void reloadLibrary(qint64 threadId = 0);
    // Opens a thread at one comment (a search hit, a topic passage), marking the terms.
    void showThreadAt(qint64 threadId, const QString &commentSourceId, const QStringList &terms = {});
    // Imports files as File ▸ Import… does (files given on the command line, or handed
    // over by a second instance); the last thread imported is then shown.
    void importFiles(const QStringList &paths);
    // Another process (pid writerPid, 0 if unknown) holds the library's writer lock and the
    // library was opened read-only: a banner says so with Retry, and every edit is off or refused.
    void setReadOnly(qint64 writerPid);
    bool isReadOnly() const { return m_readOnlyBanner != nullptr; }
    ReadOnlyBanner *readOnlyBanner() const { return m_readOnlyBanner; }
    LibraryEditor *libraryEditor() const { return m_editor; }

signals:
    // File ▸ Backups… ▸ Restore…: the library must be closed first, so the caller does it.
    void libraryRestoreRequested(const QString &backupPath);
    // The read-only banner's Retry: the caller tries the writer lock again.
    void writeAccessRetryRequested();
    // Settings ▸ Preferences… ▸ Move…: the library must be closed first, so the caller moves it.
    void libraryMoveRequested(const QString &folder);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The library list with the library-wide search (Ctrl+Shift+F) above it.
    QWidget *libraryWithSearch();
    // The thread view with the find bar (Ctrl+F) under it.
    QWidget *threadWithFindBar();
    // The thread view with the thread map beside it.
    QWidget *threadBesideMap(QWidget *parent);
    void addThreadMapToggle(QMenu *view);
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createSettingsMenu();
    void createHelpMenu();
    void createTopicsDock();
    void createArgumentMapDock();
    void showThreadMap(); // the open thread's, in the argument map pane
    void giveMapRoom();
    // A passage picked in the argument map or among an annotation's links.
    void showPassage(qint64 threadId, qint64 annotationId, const QString &commentSourceId);
    void showThread(qint64 threadId);
    void deleteThread(qint64 threadId);
    void editThreadTags();
    void askCollapseDepth();
    void restoreLayout();
    void saveLayout() const;

    Library &m_library;
    LibraryEditor *m_editor; // created first: the panes use it
    LibraryPane *m_libraryPane;
    ThreadView *m_threadView;
    ReadingTracker *m_reading; // read and new state between the view and the library
    FindBar *m_findBar = nullptr;     // made with the centre pane
    ThreadMapStrip *m_threadMap = nullptr; // made with the centre pane
    ThreadMapController *m_threadMapController = nullptr;
    SearchPane *m_search = nullptr; // made with the left pane
    NotesPane *m_notes;
    QSplitter *m_splitter;
    QLabel *m_statusLabel;
    ThemeSwitcher *m_theme;
    QDockWidget *m_topicsDock = nullptr;
    QDockWidget *m_mapDock = nullptr;
    ArgumentMapView *m_mapView = nullptr;
    ImportController *m_import = nullptr; // made with the File menu
    SaveFromAddressController *m_saveFromAddress = nullptr;
    QAction *m_backupsAction = nullptr;
    MainToolBar *m_toolBar = nullptr;
    ReadOnlyBanner *m_readOnlyBanner = nullptr; // only while another process writes
    QString m_readOnlyReason;
};

} // namespace Scholia
