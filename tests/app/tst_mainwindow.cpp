// The window as a user first sees it: the sample thread imported into an empty library,
// shown in the thread view through the scholia: scheme, with nothing fetched from the network.

#include "app/library/librarypane.h"
#include "app/library/threadlistmodel.h"
#include "app/library/samplelibrary.h"
#include "app/maintoolbar.h"
#include "app/mainwindow.h"
#include "app/threadview/offlinerequestinterceptor.h"
#include "app/threadview/threadschemehandler.h"
#include "app/threadview/threadview.h"
#include "app/threadview/threadmapstrip.h"
#include "library/libraryeditor.h"
#include "store/library.h"
#include "store/readstatestore.h"
#include "store/threadstore.h"
#include "store/threadsummary.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>
#include <QWebEnginePage>

using namespace Scholia;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static QVariant evaluate(QWebEnginePage *page, const QString &script)
    {
        QVariant result;
        bool done = false;
        page->runJavaScript(script, [&](const QVariant &value) {
            result = value;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            return QStringLiteral("<timeout>");
        return result;
    }

    // Shows the window and waits for its thread page (the sample thread) to be loaded.
    static bool showWithItsThread(MainWindow &window)
    {
        QSignalSpy pageLoaded(window.threadView(), &QWebEngineView::loadFinished);
        window.show();
        return QTest::qWaitForWindowExposed(&window)
            && (pageLoaded.wait(30000) || !pageLoaded.isEmpty());
    }

private slots:
    void showsTheSampleThreadOnFirstStart()
    {
        QTemporaryDir dir;
        auto store = Library::open(dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(store.ok());
        QVERIFY(SampleLibrary::installIfEmpty(**store).ok());
        QCOMPARE((*store)->threads().threadCount().value(), 1);
        QVERIFY(SampleLibrary::installIfEmpty(**store).ok()); // not twice
        QCOMPARE((*store)->threads().threadCount().value(), 1);

        MainWindow window(**store);
        QSignalSpy pageLoaded(window.threadView(), &QWebEngineView::loadFinished);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.libraryPane()->selectedThread());
        QVERIFY(pageLoaded.wait(30000) || !pageLoaded.isEmpty());
        QCOMPARE(pageLoaded.first().first().toBool(), true);

        QWebEnginePage *page = window.threadView()->page();
        QCOMPARE(page->url().scheme(), QStringLiteral("scholia"));
        QCOMPARE(evaluate(page, QStringLiteral("document.querySelectorAll('article.comment').length")).toInt(), 64);
        QCOMPARE(evaluate(page, QStringLiteral("document.querySelectorAll('article.comment.more').length")).toInt(), 1);
        QCOMPARE(evaluate(page, QStringLiteral("document.querySelectorAll('article.comment.deleted').length")).toInt(), 1);
        QCOMPARE(evaluate(page, QStringLiteral("Math.max(...[...document.querySelectorAll('article.comment')].map(e => +e.dataset.depth))")).toInt(), 4);
        // The stylesheet came through the scheme handler and applies.
        QCOMPARE(evaluate(page, QStringLiteral("getComputedStyle(document.querySelector('article.comment')).borderLeftStyle")).toString(),
                 QStringLiteral("solid"));
        // The only scripts are Scholia's own, from the scholia: scheme.
        QCOMPARE(evaluate(page, QStringLiteral("[...document.scripts].map(s => s.src).join(' ')")).toString(),
                 QStringLiteral("scholia://app/qwebchannel.js scholia://app/scholia.js "
                                "scholia://app/commentindex.js scholia://app/chunks.js "
                                "scholia://app/collapse.js scholia://app/navigation.js "
                                "scholia://app/bridge.js scholia://app/selection.js "
                                "scholia://app/highlights.js scholia://app/find.js "
                                "scholia://app/overlays.js scholia://app/caret.js "
                                "scholia://app/reading.js scholia://app/input.js "
                                "scholia://app/threadmap.js "
                                "scholia://app/start.js"));
        QCOMPARE(window.threadView()->interceptor().blockedCount(), 0);
    }

    void theLibraryListFollowsTagEditsAndTheirUndo()
    {
        QTemporaryDir dir;
        auto store = Library::open(dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(store.ok());
        QVERIFY(SampleLibrary::installIfEmpty(**store).ok());
        MainWindow window(**store);
        QVERIFY(showWithItsThread(window));
        LibraryPane *list = window.libraryPane();
        QVERIFY(list->selectedThread());
        const qint64 thread = list->selectedThread()->id;

        // The list learns of every edit from the editor, whoever made it (here neither
        // the Tags dialog nor the thread-tags dialog) and undo too.
        LibraryEditor *editor = window.libraryEditor();
        QVERIFY(editor->setThreadTags(thread, {QStringLiteral("compute")}).ok());
        QCOMPARE(list->selectedThread()->tags, QStringList{QStringLiteral("compute")});
        QVERIFY(editor->renameTag(QStringLiteral("compute"), QStringLiteral("hardware")).ok());
        QCOMPARE(list->selectedThread()->tags, QStringList{QStringLiteral("hardware")});
        editor->undoStack()->undo();
        QCOMPARE(list->selectedThread()->tags, QStringList{QStringLiteral("compute")});
        editor->undoStack()->undo();
        QCOMPARE(list->selectedThread()->id, thread);
        QVERIFY(list->selectedThread()->tags.join(QString()).isEmpty());
    }

    // Reading changes the selected row's counts in place, undo of "mark thread read" too.
    void theLibraryListFollowsTheReadState()
    {
        QTemporaryDir dir;
        auto store = Library::open(dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(store.ok());
        QVERIFY(SampleLibrary::installIfEmpty(**store).ok());
        MainWindow window(**store);
        QVERIFY(showWithItsThread(window));
        LibraryPane *list = window.libraryPane();
        QVERIFY(list->selectedThread());
        const qint64 thread = list->selectedThread()->id;
        const auto stored = [&] { return (*store)->readState().counts(thread).value().unreadCount; };
        QVERIFY(list->selectedThread()->unreadCount > 0); // a first import: nothing read yet

        LibraryEditor *editor = window.libraryEditor();
        QVERIFY(editor->setThreadRead(thread, true).ok());
        QCOMPARE(list->selectedThread()->id, thread);
        QCOMPARE(list->selectedThread()->unreadCount, 0);
        editor->undoStack()->undo();
        QVERIFY(stored() > 0);
        QCOMPARE(list->selectedThread()->unreadCount, stored());
        const QStringList ids = (*store)->readState().unreadIds(thread).value();
        QVERIFY(editor->markCommentsRead(ids.mid(0, 2)).ok());
        QCOMPARE(list->selectedThread()->unreadCount, stored());
        QCOMPARE(list->selectedThread()->id, thread);
    }

    // At the default size (1280x800 screens): a toolbar with an icon on every tool, the
    // sample thread's whole title in the library list, no horizontal scroll bar there.
    void toolbarAndALegibleLibraryList()
    {
        QTemporaryDir dir;
        auto store = Library::open(dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(store.ok());
        QVERIFY(SampleLibrary::installIfEmpty(**store).ok());
        MainWindow window(**store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *toolBar = window.findChild<MainToolBar *>();
        QVERIFY(toolBar);
        QStringList labels;
        for (QAction *action : toolBar->actions()) {
            if (action->isSeparator())
                continue;
            labels << action->text();
            QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
        }
        QCOMPARE(labels.size(), 7); // Import, Save from Address, Export, Search, Undo, Redo, theme
        QVERIFY(labels.contains(toolBar->themeToggle()->text()));

        auto *table = window.libraryPane()->findChild<QTableView *>();
        QVERIFY(table);
        QVERIFY(!window.libraryPane()->showsEmptyHint());
        QCOMPARE(table->model()->rowCount(), 1);
        const QModelIndex title = table->model()->index(0, ThreadListModel::Title);
        const QString text = title.data().toString();
        QVERIFY(text.size() > 60);
        QFont bold = table->font();
        bold.setBold(true);
        const QRect needed = QFontMetrics(bold).boundingRect(
            QRect(0, 0, table->columnWidth(ThreadListModel::Title) - 8, 10000), Qt::TextWordWrap, text);
        QVERIFY2(table->rowHeight(0) >= needed.height(),
                 qPrintable(QStringLiteral("row %1 px, title %2 px").arg(table->rowHeight(0)).arg(needed.height())));
        QVERIFY(!table->horizontalScrollBar()->isVisible());
    }

    void anEmptyLibrarySaysHowToGetThreadsIn()
    {
        QTemporaryDir dir;
        auto store = Library::open(dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(store.ok());
        MainWindow window(**store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.libraryPane()->showsEmptyHint());
        auto *hint = window.libraryPane()->findChild<QLabel *>(QStringLiteral("emptyLibraryHint"));
        QVERIFY(hint && hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("Import")));
        QVERIFY(hint->text().contains(QStringLiteral("Save from Address")));
        QVERIFY(hint->text().contains(QStringLiteral("drop")));
    }

    // View ▸ Caret Mode (F7) reaches the thread page from wherever the focus is, and
    // gives the page the keyboard, so the caret keys that follow are the page's.
    void caretModeFromTheViewMenu()
    {
        QTemporaryDir dir;
        auto store = Library::open(dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(store.ok());
        QVERIFY(SampleLibrary::installIfEmpty(**store).ok());
        MainWindow window(**store);
        QVERIFY(showWithItsThread(window));
        QWebEnginePage *page = window.threadView()->page();
        QTRY_COMPARE(evaluate(page, QStringLiteral("typeof Scholia")).toString(), QStringLiteral("object"));

        window.libraryPane()->setFocus();
        QTRY_VERIFY(window.libraryPane()->isAncestorOf(QApplication::focusWidget()) ||
                    QApplication::focusWidget() == window.libraryPane());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F7);
        QTRY_VERIFY(evaluate(page, QStringLiteral("Scholia.caret.isActive()")).toBool());
        QTRY_VERIFY(window.threadView()->focusProxy() && window.threadView()->focusProxy()->hasFocus());
        QCOMPARE(evaluate(page, QStringLiteral("document.querySelectorAll('.body.caret-mode').length")).toInt(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F7);
        QTRY_VERIFY(!evaluate(page, QStringLiteral("Scholia.caret.isActive()")).toBool());
    }

    // View ▸ Thread Map: shown at first, beside the thread, and remembered when hidden.
    void threadMapToggleIsRemembered()
    {
        QTemporaryDir dir;
        auto store = Library::open(dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(store.ok());
        QVERIFY(SampleLibrary::installIfEmpty(**store).ok());
        QSettings().remove(QStringLiteral("mainWindow/threadMapShown"));
        const auto toggleOf = [](MainWindow &window) -> QAction * {
            for (QAction *action : window.findChildren<QAction *>())
                if (action->text() == MainWindow::tr("Th&read Map"))
                    return action;
            return nullptr;
        };
        {
            MainWindow window(**store);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *strip = window.findChild<ThreadMapStrip *>();
            QVERIFY(strip);
            QAction *toggle = toggleOf(window);
            QVERIFY(toggle && toggle->isCheckable() && toggle->isChecked());
            QVERIFY(strip->isVisible());
            // Beside the thread: right of it, as tall.
            QCOMPARE(strip->mapTo(&window, QPoint(0, 0)).x(),
                     window.threadView()->mapTo(&window, QPoint(window.threadView()->width(), 0)).x());
            QCOMPARE(strip->height(), window.threadView()->height());
            // The sample thread is drawn once its page is up.
            QTRY_VERIFY_WITH_TIMEOUT(strip->mapLayout().commentCount() > 0, 20000);
            toggle->trigger();
            QVERIFY(!strip->isVisible());
        }
        MainWindow again(**store);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!toggleOf(again)->isChecked());
        QVERIFY(!again.findChild<ThreadMapStrip *>()->isVisible());
        toggleOf(again)->trigger();
        QVERIFY(again.findChild<ThreadMapStrip *>()->isVisible());
    }

    // Alt+letter reaches one item per menu: two items sharing a letter make the key
    // cycle between them instead. Checked in every language Scholia speaks.
    void everyMenuHasOneItemPerAccessKey_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QString();
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void everyMenuHasOneItemPerAccessKey()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral(SCHOLIA_QM_DIR "/scholia_%1.qm").arg(language)));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        QTemporaryDir dir;
        auto store = Library::open(dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(store.ok());
        MainWindow window(**store);
        const auto accessKey = [](QString text) -> QChar {
            text.remove(QStringLiteral("&&"));
            const qsizetype at = text.indexOf(QLatin1Char('&'));
            return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
        };
        std::vector<QMenu *> menus;
        QStringList clashes;
        QHash<QChar, QString> barKeys;
        for (QAction *action : window.menuBar()->actions()) {
            if (QMenu *menu = action->menu())
                menus.push_back(menu);
            const QChar key = accessKey(action->text());
            QVERIFY2(key.isNull() || !barKeys.contains(key),
                     qPrintable(action->text() + QStringLiteral(" / ") + barKeys.value(key)));
            barKeys.insert(key, action->text());
        }
        for (size_t m = 0; m < menus.size(); ++m) {
            QHash<QChar, QString> keys;
            for (QAction *action : menus[m]->actions()) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                if (QMenu *submenu = action->menu())
                    menus.push_back(submenu);
                const QChar key = accessKey(action->text());
                if (key.isNull())
                    continue;
                if (keys.contains(key))
                    clashes << QStringLiteral("%1: \"%2\" and \"%3\" share Alt+%4")
                                   .arg(menus[m]->title(), keys.value(key), action->text(), key);
                keys.insert(key, action->text());
            }
        }
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }
};

int main(int argc, char **argv)
{
    ThreadSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
