#include "mainwindow.h"

#include "aboutdialog.h"
#include "app/annotating/annotationexchange.h"
#include "app/annotating/notespane.h"
#include "app/annotating/tagsdialog.h"
#include "app/annotating/threadtagsdialog.h"
#include "app/annotating/undoredoactions.h"
#include "app/export/exportcontroller.h"
#include "app/importing/importcontroller.h"
#include "app/importing/savefromaddresscontroller.h"
#include "app/library/backupsdialog.h"
#include "app/library/librarypane.h"
#include "app/library/readonlybanner.h"
#include "app/maintoolbar.h"
#include "app/search/searchpane.h"
#include "app/settings/appsettings.h"
#include "app/settings/preferencesdialog.h"
#include "app/settings/themeswitcher.h"
#include "app/threadview/argumentmapview.h"
#include "app/threadview/findbar.h"
#include "app/threadview/threadmapcontroller.h"
#include "app/threadview/threadmapstrip.h"
#include "app/threadview/readingtracker.h"
#include "app/threadview/threadview.h"
#include "app/topics/topicspane.h"
#include "library/libraryeditor.h"
#include "store/library.h"
#include "store/threadstore.h"
#include "store/threadtagstore.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Scholia {

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/splitter");
const QString lastThreadKey = QStringLiteral("mainWindow/lastThread");
const QString threadMapKey = QStringLiteral("mainWindow/threadMapShown");
constexpr int minimumMapHeight = 200;
} // namespace

MainWindow::MainWindow(Library &library, QWidget *parent)
    : QMainWindow(parent), m_library(library), m_editor(new LibraryEditor(library, this)),
      m_libraryPane(new LibraryPane(this)), m_threadView(new ThreadView(library, this)),
      m_reading(new ReadingTracker(*m_threadView, *m_editor, library, this)),
      m_notes(new NotesPane(library, *m_editor, this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_statusLabel(new QLabel(this)),
      m_theme(new ThemeSwitcher(this))
{
    m_theme->applySaved();
    AppSettings::instance().applyHighlightPalette(); // the reader's colour names and default
    setWindowTitle(tr("Scholia"));
    m_splitter->addWidget(libraryWithSearch());
    m_splitter->addWidget(threadWithFindBar());
    m_splitter->addWidget(m_notes);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(true);
    setCentralWidget(m_splitter);
    statusBar()->addWidget(m_statusLabel, 1);
    m_threadView->setLibraryEditor(m_editor);
    connect(m_threadView, &ThreadView::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 5000);
    });
    connect(m_reading, &ReadingTracker::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 5000);
    });
    connect(m_notes, &NotesPane::annotationActivated, m_threadView, &ThreadView::revealAnnotation);
    connect(m_notes, &NotesPane::linkedPassageActivated, this, &MainWindow::showPassage);
    // The library shows annotation counts.
    connect(m_editor, &LibraryEditor::annotationAdded, this, [this] { reloadLibrary(); });
    connect(m_editor, &LibraryEditor::annotationRemoved, this, [this] { reloadLibrary(); });
    connect(m_editor, &LibraryEditor::threadTagsChanged, this, [this] { reloadLibrary(); });
    // Thread tags are shown by name: renamed, merged and deleted tags change the list.
    connect(m_editor, &LibraryEditor::tagsChanged, this, [this] { reloadLibrary(); });
    // Reading changes one row's counts, often: that row alone is refreshed.
    connect(m_editor, &LibraryEditor::readStateChanged, this,
            [this](qint64 threadId) { m_libraryPane->refreshReadCounts(m_library, threadId); });
    createTopicsDock(); // before the View menu (its action) and restoreLayout (its place)
    createArgumentMapDock();
    // Filled by the menus with their most used actions, before restoreLayout (its place).
    m_toolBar = new MainToolBar(*m_theme, this);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createSettingsMenu();
    createHelpMenu();
    m_toolBar->addSeparator();
    m_toolBar->addTool(m_toolBar->themeToggle(), QStringLiteral("contrast"), false);
    restoreLayout();

    connect(m_libraryPane, &LibraryPane::threadSelected, this, &MainWindow::showThread);
    connect(m_libraryPane, &LibraryPane::deleteRequested, this, &MainWindow::deleteThread);
    connect(m_libraryPane, &LibraryPane::threadActivated, this,
            [this] { m_threadView->setFocus(); });
    reloadLibrary(QSettings().value(lastThreadKey, 0).toLongLong());
}

void MainWindow::reloadLibrary(qint64 threadId)
{
    const qint64 wanted = threadId > 0 ? threadId : m_threadView->currentThread();
    QString error;
    if (!m_libraryPane->reload(m_library, &error)) {
        statusBar()->showMessage(error);
        return;
    }
    if (!m_libraryPane->selectThread(wanted))
        m_libraryPane->selectFirstThread();
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    // Import…, Recent Imports, and files dropped anywhere on the window.
    auto *import = m_import = new ImportController(m_library, this);
    import->installInto(file);
    // Save from Address…, and web addresses dropped on the window; imported by `import`.
    m_saveFromAddress = new SaveFromAddressController(m_library, *import, this);
    m_saveFromAddress->installInto(file, file->actions().value(1)); // after Import…
    connect(m_saveFromAddress, &SaveFromAddressController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    m_toolBar->addTool(import->importAction(), QStringLiteral("document-import"));
    m_toolBar->addTool(m_saveFromAddress->saveAction(), QStringLiteral("document-open-remote"));
    connect(import, &ImportController::threadsImported, this, [this](qint64 threadId) {
        reloadLibrary(threadId);
        m_search->refresh();
        // A re-import of the open thread changes no selection: show the merged thread.
        if (threadId == m_threadView->currentThread())
            m_threadView->showThread(threadId);
    });
    // Export…: the open thread as PDF, HTML or Markdown.
    auto *exporter = new ExportController(m_library, this);
    connect(exporter, &ExportController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    QAction *exportAction = file->addAction(tr("&Export…"), this,
                                            [this, exporter] { exporter->exportThread(m_threadView->currentThread()); });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    // Export Annotations… / Import Annotations…: W3C Web Annotations, to share a reading.
    auto *exchange = new AnnotationExchange(m_library, *m_editor, this);
    exchange->installInto(file);
    connect(exchange, &AnnotationExchange::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(exchange, &AnnotationExchange::annotationsImported, this, [this] {
        reloadLibrary();
        m_search->refresh();
        // The page draws the highlights: show the open thread with what came in.
        m_threadView->showThread(m_threadView->currentThread());
    });
    m_toolBar->addTool(exportAction, QStringLiteral("document-export"));
    // Backups…: no shortcut (rarely used). A restore needs the library closed: main.cpp does it.
    m_backupsAction = file->addAction(tr("&Backups…"), this, [this] {
        BackupsDialog dialog(m_library, this);
        connect(&dialog, &BackupsDialog::restoreRequested, this, &MainWindow::libraryRestoreRequested);
        dialog.exec();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = UndoRedoActions::createUndo(m_editor->undoStack(), this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = UndoRedoActions::createRedo(m_editor->undoStack(), this);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    // Undo in a text field undoes typing there; everywhere else, annotation edits.
    undo->setShortcutContext(Qt::WindowShortcut);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // The single-letter keys (H, C) belong to the thread page, so the menu only names them.
    edit->addAction(tr("&Highlight Selection\tH"), m_threadView, &ThreadView::highlightSelection);
    edit->addAction(tr("&Annotate Focused Comment\tC"), m_threadView, &ThreadView::annotateFocusedComment);
    edit->addSeparator();
    QAction *search = edit->addAction(tr("&Search the Library…"), m_search, &SearchPane::focusField);
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_toolBar->addSeparator();
    m_toolBar->addTool(search, QStringLiteral("edit-find"));
    m_toolBar->addSeparator();
    // Undo/Redo name the edit they undo: icons only, their text is the tooltip.
    m_toolBar->addTool(undo, QStringLiteral("edit-undo"), false);
    m_toolBar->addTool(redo, QStringLiteral("edit-redo"), false);
    QAction *find = edit->addAction(tr("&Find in Thread…"), m_findBar, &FindBar::activate);
    find->setShortcut(QKeySequence::Find);
    QAction *findNext = edit->addAction(tr("Find &Next"), m_findBar, [this] {
        m_findBar->text().isEmpty() ? m_findBar->activate() : m_findBar->findNext();
    });
    findNext->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious = edit->addAction(tr("Find Pre&vious"), m_findBar, [this] {
        m_findBar->text().isEmpty() ? m_findBar->activate() : m_findBar->findPrevious();
    });
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    edit->addSeparator();
    QAction *tags = edit->addAction(tr("&Tags…"), this,
                                    [this] { TagsDialog(m_library, *m_editor, this).exec(); });
    tags->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    edit->addAction(tr("Ta&g This Thread…"), this, &MainWindow::editThreadTags);
    edit->addAction(tr("&Mark Thread Read"), this, [this] { m_reading->markShownThreadRead(true); });
    edit->addAction(tr("Mar&k Thread Unread"), this, [this] { m_reading->markShownThreadRead(false); });
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *onlyAnnotated = view->addAction(tr("Only &Annotated Comments"));
    onlyAnnotated->setCheckable(true);
    onlyAnnotated->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(onlyAnnotated, &QAction::toggled, m_threadView, &ThreadView::setOnlyAnnotated);
    QAction *onlyNew = view->addAction(tr("Only Ne&w Comments"));
    onlyNew->setCheckable(true);
    onlyNew->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(onlyNew, &QAction::toggled, m_threadView, &ThreadView::setOnlyNew);
    view->addSeparator();
    view->addAction(tr("&Expand All"), m_threadView, &ThreadView::expandAll);
    view->addAction(tr("Collapse to &Top Level"), m_threadView, &ThreadView::collapseToTopLevel);
    view->addAction(tr("Collapse &Below Depth…"), this, &MainWindow::askCollapseDepth);
    view->addSeparator();
    // F7 as in browsers' caret browsing. The page's own keys (v, and F7 when the window
    // does not take it) do the same; the keys inside the mode are the page's.
    QAction *caretMode = view->addAction(tr("&Caret Mode"), this, [this] {
        m_threadView->setFocus();
        m_threadView->toggleCaretMode();
    });
    caretMode->setShortcut(QKeySequence(Qt::Key_F7));
    view->addSeparator();
    // Zoom acts on the argument map when it has the focus, else on the thread.
    const auto mapHasFocus = [this] {
        return m_mapDock->isVisible() && m_mapView->isAncestorOf(QApplication::focusWidget());
    };
    QAction *zoomIn = view->addAction(tr("Zoom &In"), this, [this, mapHasFocus] {
        mapHasFocus() ? m_mapView->zoomIn() : m_threadView->zoomIn();
    });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), this, [this, mapHasFocus] {
        mapHasFocus() ? m_mapView->zoomOut() : m_threadView->zoomOut();
    });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *resetZoom = view->addAction(tr("Normal &Size"), this, [this, mapHasFocus] {
        mapHasFocus() ? m_mapView->resetZoom() : m_threadView->resetZoom();
    });
    resetZoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_theme->addMenu(view);
    view->addSeparator();
    QAction *focusLibrary =
        view->addAction(tr("Go to &Library"), this, [this] { m_libraryPane->setFocus(); });
    focusLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *focusThread = view->addAction(tr("Go to Threa&d"), this, [this] { m_threadView->setFocus(); });
    focusThread->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *focusNotes = view->addAction(tr("Go to &Notes"), this, [this] { m_notes->setFocus(); });
    focusNotes->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    // Ctrl+Shift+T is Edit ▸ Tags…; the Topics dock goes with the Ctrl+digit panes.
    QAction *topics = m_topicsDock->toggleViewAction();
    topics->setText(tr("To&pics"));
    topics->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(topics, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            m_topicsDock->widget()->setFocus();
    });
    view->addAction(topics);
    QAction *map = m_mapDock->toggleViewAction();
    map->setText(tr("Argument &Map"));
    map->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    connect(map, &QAction::triggered, this, [this](bool shown) {
        if (shown) {
            showThreadMap(); // back from a topic's map
            giveMapRoom();
            m_mapView->setFocus();
        }
    });
    view->addAction(map);
    addThreadMapToggle(view);
}

void MainWindow::createSettingsMenu()
{
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *preferences = settings->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(*m_theme, m_library.path(), this);
        connect(&dialog, &PreferencesDialog::libraryMoveRequested, this,
                [this](const QString &folder) {
                    // Like a restore: main.cpp moves the library once the window and library are
                    // gone.
                    if (isReadOnly()) {
                        QMessageBox::information(this, tr("Move Library"), m_readOnlyReason);
                        return;
                    }
                    emit libraryMoveRequested(folder);
                });
        dialog.exec();
    });
    preferences->setMenuRole(QAction::PreferencesRole);
    // QKeySequence::Preferences is empty on most Linux desktops: Ctrl+, there.
    // Listed once: the same key twice would make the shortcut ambiguous.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        keys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    preferences->setShortcuts(keys);
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        m_threadView->setFocus();
        m_threadView->toggleShortcutHelp();
    });
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    help->addAction(tr("&About Scholia"), this,
                    [this] { AboutDialog(m_library.path(), this).exec(); });
}

void MainWindow::createTopicsDock()
{
    auto *topics = new TopicsPane(m_library, *m_editor, this);
    m_topicsDock = new QDockWidget(tr("Topics"), this);
    m_topicsDock->setObjectName(QStringLiteral("topicsDock")); // saveState() keys docks by name
    m_topicsDock->setWidget(topics);
    addDockWidget(Qt::LeftDockWidgetArea, m_topicsDock);
    m_topicsDock->hide(); // until asked for; restoreLayout() shows it again if it was open
    connect(topics, &TopicsPane::openPassage, this,
            [this](qint64 threadId, const QString &comment) { showThreadAt(threadId, comment); });
    connect(topics, &TopicsPane::mapRequested, this, [this](const QString &tag) {
        m_mapView->showTopic(tag);
        m_mapDock->setWindowTitle(tr("Argument Map: %1").arg(tag));
        m_mapDock->show();
        giveMapRoom();
        m_mapView->setFocus();
    });
}

void MainWindow::createArgumentMapDock()
{
    m_mapView = new ArgumentMapView(m_library, this);
    m_mapDock = new QDockWidget(tr("Argument Map"), this);
    m_mapDock->setObjectName(QStringLiteral("argumentMapDock"));
    m_mapDock->setWidget(m_mapView);
    addDockWidget(Qt::BottomDockWidgetArea, m_mapDock);
    m_mapDock->hide(); // until asked for, as the topics
    connect(m_mapView, &ArgumentMapView::passageActivated, this, &MainWindow::showPassage);
    // Drawn again on every change that can alter it (only when shown: see reload()).
    for (const auto signal : {&LibraryEditor::linksChanged, &LibraryEditor::annotationsReset})
        connect(m_editor, signal, m_mapView, &ArgumentMapView::reload);
    for (const auto signal : {&LibraryEditor::annotationAdded, &LibraryEditor::annotationChanged,
                              &LibraryEditor::annotationRemoved})
        connect(m_editor, signal, m_mapView, &ArgumentMapView::reload);
}

void MainWindow::giveMapRoom()
{
    // A dock shown for the first time gets only its title bar below the central panes.
    if (m_mapDock->isFloating() || m_mapDock->height() >= minimumMapHeight)
        return;
    resizeDocks({m_mapDock}, {qMax(minimumMapHeight, height() / 3)}, Qt::Vertical);
}

void MainWindow::showThreadMap()
{
    m_mapDock->setWindowTitle(tr("Argument Map"));
    m_mapView->showThread(m_threadView->currentThread());
}

void MainWindow::showPassage(qint64 threadId, qint64 annotationId, const QString &commentSourceId)
{
    if (threadId == m_threadView->currentThread() && annotationId > 0) {
        m_threadView->revealAnnotation(annotationId, commentSourceId);
        return;
    }
    showThreadAt(threadId, commentSourceId);
}

void MainWindow::askCollapseDepth()
{
    bool ok = false;
    const int depth = QInputDialog::getInt(this, tr("Collapse Below Depth"),
                                           tr("Show this many levels of replies:"), 2, 1, 100, 1, &ok);
    if (ok)
        m_threadView->collapseBelowDepth(depth);
}

QWidget *MainWindow::libraryWithSearch()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new SearchPane(m_library.search(), pane);
    layout->addWidget(m_search);
    layout->addWidget(m_libraryPane, 1);
    // The results take most of the column while there are any.
    connect(m_search, &SearchPane::resultsShown, this, [layout](bool shown) {
        layout->setStretch(0, shown ? 3 : 0);
        layout->setStretch(1, shown ? 2 : 1);
    });
    connect(m_search, &SearchPane::hitActivated, this, &MainWindow::showThreadAt);
    return pane;
}

QWidget *MainWindow::threadWithFindBar()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_findBar = new FindBar(*m_threadView, pane);
    layout->addWidget(threadBesideMap(pane), 1);
    layout->addWidget(m_findBar);
    return pane;
}

QWidget *MainWindow::threadBesideMap(QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_threadMap = new ThreadMapStrip(row);
    layout->addWidget(m_threadView, 1);
    layout->addWidget(m_threadMap);
    m_threadMapController = new ThreadMapController(m_library, *m_threadView, *m_threadMap, this);
    m_threadMapController->setLibraryEditor(m_editor);
    m_threadMapController->setFindBar(m_findBar);
    return row;
}

void MainWindow::addThreadMapToggle(QMenu *view)
{
    QAction *toggle = view->addAction(tr("Th&read Map"));
    toggle->setCheckable(true);
    toggle->setToolTip(tr("Show the whole thread in a strip beside it"));
    const bool shown = QSettings().value(threadMapKey, true).toBool();
    toggle->setChecked(shown);
    m_threadMapController->setShown(shown);
    connect(toggle, &QAction::toggled, this, [this](bool on) {
        m_threadMapController->setShown(on);
        QSettings().setValue(threadMapKey, on);
    });
}

void MainWindow::showThreadAt(qint64 threadId, const QString &commentSourceId, const QStringList &terms)
{
    // Selecting it in the library loads it (through threadSelected) when it is not open.
    if (!m_libraryPane->selectThread(threadId))
        showThread(threadId);
    if (!commentSourceId.isEmpty())
        m_threadView->revealComment(commentSourceId, terms);
}

void MainWindow::importFiles(const QStringList &paths)
{
    m_import->importFiles(paths);
}

void MainWindow::setReadOnly(qint64 writerPid)
{
    m_readOnlyReason = writerPid > 0
        ? tr("The library is read-only: another Scholia process (pid %1) is writing to it.").arg(writerPid)
        : tr("The library is read-only: another Scholia process is writing to it.");
    if (!m_readOnlyBanner) {
        m_readOnlyBanner = new ReadOnlyBanner(this);
        connect(m_readOnlyBanner, &ReadOnlyBanner::retryRequested, this,
                &MainWindow::writeAccessRetryRequested);
        auto *central = new QWidget(this);
        auto *layout = new QVBoxLayout(central);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(m_readOnlyBanner);
        layout->addWidget(takeCentralWidget(), 1);
        setCentralWidget(central);
    }
    m_readOnlyBanner->setWriterPid(writerPid);
    m_editor->setReadOnly(m_readOnlyReason);
    m_import->setReadOnly(m_readOnlyReason);
    m_saveFromAddress->setReadOnly(m_readOnlyReason);
    m_notes->setReadOnly(m_readOnlyReason);
    m_backupsAction->setEnabled(false); // a restore replaces the library under the writer
}

void MainWindow::showThread(qint64 threadId)
{
    if (threadId != m_threadView->currentThread()) {
        m_notes->setThread(threadId);
        m_threadView->showThread(threadId);
        // A topic's map stays while the reader follows its claims from thread to thread.
        if (m_mapView->topic().isEmpty())
            showThreadMap();
    }
    QSettings().setValue(lastThreadKey, threadId);
    if (const ThreadSummary *thread = m_libraryPane->selectedThread()) {
        setWindowTitle(tr("%1 — Scholia").arg(thread->title));
        m_statusLabel->setText(tr("%1 · %n comment(s) · saved %2", nullptr, thread->commentCount)
                                   .arg(thread->site,
                                        QLocale().toString(thread->updatedAt.toLocalTime(),
                                                           QLocale::ShortFormat)));
    }
}

void MainWindow::editThreadTags()
{
    const ThreadSummary *thread = m_libraryPane->selectedThread();
    if (!thread)
        return;
    const qint64 threadId = thread->id;
    auto stored = m_library.threadTags().tags(threadId);
    const QStringList current = stored ? *stored : QStringList();
    ThreadTagsDialog dialog(m_library, thread->title, current, this);
    if (dialog.exec() != QDialog::Accepted || dialog.tags() == current)
        return;
    if (auto set = m_editor->setThreadTags(threadId, dialog.tags()); !set)
        statusBar()->showMessage(set.error().toString(), 8000);
}

void MainWindow::deleteThread(qint64 threadId)
{
    if (isReadOnly()) {
        QMessageBox::information(this, tr("Delete Thread"), m_readOnlyReason);
        return;
    }
    const ThreadSummary *thread = m_libraryPane->selectedThread();
    if (!thread || thread->id != threadId)
        return;
    QString question = tr("Delete \"%1\" from the library?").arg(thread->title);
    if (thread->annotationCount > 0)
        question += QLatin1Char('\n') + tr("It holds %n annotation(s); they will be deleted with it.", nullptr,
                                             thread->annotationCount);
    question += QLatin1Char('\n') + tr("This cannot be undone.");
    QMessageBox ask(QMessageBox::Warning, tr("Delete Thread"), question, QMessageBox::Cancel, this);
    QPushButton *confirm = ask.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != confirm)
        return;
    m_notes->saveNow();
    if (auto deleted = m_library.threads().deleteThread(threadId); !deleted) {
        QMessageBox::critical(this, tr("Delete Thread"), deleted.error().toString());
        return;
    }
    // Undo steps about the deleted thread's annotations would now fail.
    m_editor->undoStack()->clear();
    m_threadView->showThread(0);
    reloadLibrary(-1);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    // First start: 1440x900, or the screen's free area where that is smaller (1280x800).
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(screen() ? QSize(1440, 900).boundedTo(screen()->availableGeometry().size()) : QSize(1440, 900));
    restoreState(settings.value(stateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(splitterKey).toByteArray()))
        m_splitter->setSizes({width() * 30 / 100, width() * 50 / 100, width() * 20 / 100});
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_notes->saveNow();
    m_reading->leaveShownThread();
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace Scholia
