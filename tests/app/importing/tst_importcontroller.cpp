// Import from the GUI: batches run on a worker thread with their own library connection,
// Cancel rolls back the file in progress, problems are reported once at the end, recent
// imports are remembered, and files dropped anywhere on the window are imported. A
// community dump (.zst) shows its two passes and keeps the threads finished before Cancel.

#include "app/importing/filedropfilter.h"
#include "app/importing/importbatchreport.h"
#include "app/importing/importcontroller.h"
#include "app/importing/importreportdialog.h"
#include "app/importing/importworker.h"
#include "app/importing/recentimports.h"
#include "app/importing/recentimportsmenu.h"
#include "dumpwriter.h"
#include "import/importerregistry.h"
#include "library/libraryimporter.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QMenu>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <memory>

using namespace Scholia;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/") + name;
}

// A Reddit JSON thread of `comments` top-level comments; an item of an unknown kind at
// the end makes the importer warn.
void writeThread(const QString &path, const QString &id, int comments, bool withUnknownItem = false)
{
    const QJsonObject post{{"id", id},
                           {"name", "t3_" + id},
                           {"title", "Generated " + id},
                           {"author", "gen"},
                           {"subreddit", "testsub"},
                           {"permalink", "/r/testsub/comments/" + id + "/x/"},
                           {"is_self", true},
                           {"selftext", ""},
                           {"created_utc", 1700000000.0},
                           {"score", 1},
                           {"edited", false}};
    QJsonArray children;
    for (int i = 0; i < comments; ++i) {
        const QJsonObject comment{
            {"id", QStringLiteral("%1_%2").arg(id).arg(i)},
            {"parent_id", "t3_" + id},
            {"author", QStringLiteral("user%1").arg(i % 50)},
            {"body", "x"},
            {"body_html",
             QStringLiteral("&lt;div class=\"md\"&gt;&lt;p&gt;Comment %1, long enough to be a real "
                            "sentence about cats and dogs.&lt;/p&gt;&lt;/div&gt;")
                 .arg(i)},
            {"score", 1},
            {"created_utc", 1700000100.0},
            {"edited", false},
            {"replies", ""}};
        children.append(QJsonObject{{"kind", "t1"}, {"data", comment}});
    }
    if (withUnknownItem)
        children.append(QJsonObject{{"kind", "t2"}, {"data", QJsonObject()}});
    const auto listing = [](const QJsonArray &items) {
        return QJsonObject{{"kind", "Listing"}, {"data", QJsonObject{{"children", items}}}};
    };
    const QJsonArray thread{listing({QJsonObject{{"kind", "t3"}, {"data", post}}}),
                            listing(children)};
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(thread).toJson(QJsonDocument::Compact));
}

QStringList threadSourceIds(const Library &library)
{
    QStringList ids;
    const auto threads = library.threads().listThreads();
    for (const ThreadSummary &thread : threads.value())
        ids << thread.sourceId;
    ids.sort();
    return ids;
}

// The message the importer itself gives for a file, to compare the report against.
QString importError(const QString &path)
{
    QTemporaryDir dir;
    auto library = Library::open(dir.filePath(QStringLiteral("scratch.sqlite")));
    const ImporterRegistry registry = ImporterRegistry::withAllFormats();
    const FileImportResult result = LibraryImporter(registry, **library).importFile(path);
    return result.error ? result.error->toString() : QString();
}

// Runs the worker's batch on a thread of its own, as ImportController does, and returns
// each file's result (collected on that thread).
std::vector<FileImportResult> runOnItsOwnThread(ImportWorker &worker)
{
    std::vector<FileImportResult> results;
    QObject::connect(
        &worker, &ImportWorker::fileFinished, &worker,
        [&](int, const FileImportResult &result) { results.push_back(result); }, Qt::DirectConnection);
    std::unique_ptr<QThread> thread(QThread::create([&] { worker.run(); }));
    thread->start();
    if (!thread->wait(60000))
        qFatal("the import worker did not finish within a minute");
    return results;
}

// A widget that handles drops itself, as the thread view does.
class DropCatcher : public QWidget
{
public:
    using QWidget::QWidget;
    int drops = 0;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override { event->acceptProposedAction(); }
    void dropEvent(QDropEvent *event) override
    {
        ++drops;
        event->acceptProposedAction();
    }
};

// Sends a drag and drop of urls to widget as the window system would; returns whether
// the drag was accepted.
bool dropOn(QWidget *widget, const QList<QUrl> &urls, const QString &text = {})
{
    QMimeData mime;
    if (!urls.isEmpty())
        mime.setUrls(urls);
    if (!text.isEmpty())
        mime.setText(text);
    const QPoint pos(5, 5);
    QDragEnterEvent enter(pos, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(widget, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(pos, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &drop);
    return drop.isAccepted();
}

} // namespace

class TestImportController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Library> freshStore()
    {
        return std::move(
            Library::open(m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(++m_counter)))
                .value());
    }
    QString generated(const QString &id, int comments = 3, bool withUnknownItem = false)
    {
        const QString path = m_dir.filePath(id + QStringLiteral(".json"));
        writeThread(path, id, comments, withUnknownItem);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The test's own settings file (HOME is the build's test-home).
        QCoreApplication::setOrganizationName(QStringLiteral("scholia-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_importcontroller"));
    }

    void init() { RecentImports::clear(); }

    void workerImportsOffTheGuiThread()
    {
        auto library = freshStore();
        const QStringList files{fixture("small-thread.json"), fixture("not-json.json"),
                                fixture("missing-parent.json"),
                                fixture("small-thread-resaved.json")};
        std::atomic<bool> cancel = false;
        ImportWorker worker(library->path(), files, &cancel);
        QList<QThread *> threads;
        connect(
            &worker, &ImportWorker::fileStarted, &worker,
            [&] { threads << QThread::currentThread(); }, Qt::DirectConnection);
        const std::vector<FileImportResult> results = runOnItsOwnThread(worker);

        QCOMPARE(threads.size(), 4);
        for (QThread *t : std::as_const(threads))
            QVERIFY(t != QThread::currentThread());
        QCOMPARE(results.size(), size_t(4));
        QVERIFY(results[0].ok());
        QVERIFY(!results[1].ok());
        QVERIFY(!results[2].ok());
        QVERIFY(results[3].ok());
        QVERIFY(results[3].threads.at(0).merged);
        // The GUI's own connection sees what the worker's committed.
        QCOMPARE(threadSourceIds(*library), QStringList{"abc123"});
    }

    void workerCancelRollsBackTheFileInProgressAndSkipsTheRest()
    {
        auto library = freshStore();
        const QStringList files{fixture("small-thread.json"),
                                generated(QStringLiteral("cancelled1"), 600),
                                generated(QStringLiteral("skipped1"))};
        std::atomic<bool> cancel = false;
        ImportWorker worker(library->path(), files, &cancel);
        QList<int> started;
        // On the worker thread itself, so the second file is cancelled before its save ends.
        connect(
            &worker, &ImportWorker::fileStarted, &worker,
            [&](int index) {
                started << index;
                if (index == 1)
                    cancel = true;
            },
            Qt::DirectConnection);
        QSignalSpy finished(&worker, &ImportWorker::finished);
        const std::vector<FileImportResult> results = runOnItsOwnThread(worker);

        QCOMPARE(started, QList<int>({0, 1}));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(results.size(), size_t(2));
        QVERIFY(results[0].ok());
        QVERIFY(results[1].cancelled());
        QCOMPARE(threadSourceIds(*library), QStringList{"abc123"});
    }

    void workerShowsADumpsPassesAndCancelKeepsTheThreadsFinished()
    {
        auto library = freshStore();
        const QString dump = m_dir.filePath(QStringLiteral("community.zst"));
        DumpWriter::Stats stats;
        QCOMPARE(DumpWriter(11).write(dump, 300, 12, stats), QString());
        std::atomic<bool> cancel = false;
        ImportWorker worker(library->path(), {dump}, &cancel);
        struct Step
        {
            qint64 bytesRead, bytesTotal, threadsDone, threadsTotal;
        };
        QList<Step> steps;
        // On the worker thread itself: Cancel lands after the first thread is stored.
        connect(
            &worker, &ImportWorker::dumpProgress, &worker,
            [&](qint64 bytesRead, qint64 bytesTotal, qint64 threadsDone, qint64 threadsTotal) {
                steps << Step{bytesRead, bytesTotal, threadsDone, threadsTotal};
                if (threadsTotal > 0)
                    cancel = true;
            },
            Qt::DirectConnection);
        const std::vector<FileImportResult> results = runOnItsOwnThread(worker);

        // Reading first (bytes of the file, no thread count yet), then storing.
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps[0].threadsTotal, 0);
        QCOMPARE(steps[0].bytesTotal, QFileInfo(dump).size());
        QVERIFY(steps[0].bytesRead > 0);
        QCOMPARE(steps[1].threadsTotal, stats.threads);
        QCOMPARE(steps[1].threadsDone, 1);

        QCOMPARE(results.size(), size_t(1));
        QVERIFY(results[0].cancelled());
        QCOMPARE(results[0].format, QStringLiteral("pushshift-dump"));
        // The thread stored before Cancel is kept, whole, and is the one the result names.
        QCOMPARE(results[0].threads.size(), size_t(1));
        QCOMPARE(library->threads().threadCount().value(), 1);
        const ImportedThread &kept = results[0].threads[0];
        QVERIFY(kept.comments > 0);
        QCOMPARE(library->threads().loadThread(kept.threadId).value().realCommentCount(), kept.comments);
    }

    void dumpImportShowsReadingThenStoring()
    {
        auto library = freshStore();
        const QString dump = m_dir.filePath(QStringLiteral("whole.zst"));
        DumpWriter::Stats stats;
        QCOMPARE(DumpWriter(12).write(dump, 200, 8, stats), QString());
        QMainWindow window;
        ImportController controller(*library, &window);
        QStringList labels;
        connect(&controller, &ImportController::progressLabelChanged, this,
                [&](const QString &text) { labels << text; });
        QSignalSpy finished(&controller, &ImportController::batchFinished);
        controller.importFiles({dump});
        QVERIFY(finished.wait(60000));

        // The file, its one piece read, then the threads stored (more steps on a slow machine).
        QVERIFY(labels.size() >= 3);
        QVERIFY(labels[0].endsWith(QStringLiteral("1 of 1:\nwhole.zst")));
        QVERIFY(labels[1].startsWith(labels[0] + QStringLiteral("\nReading the dump: ")));
        QCOMPARE(labels[2], labels[0] + QStringLiteral("\nStoring threads: 1 of %1").arg(stats.threads));
        for (qsizetype i = 3; i < labels.size(); ++i)
            QVERIFY(labels[i].startsWith(labels[0] + QStringLiteral("\nStoring threads: ")));
        QVERIFY(!controller.lastReport().wasCancelled());
        QCOMPARE(controller.lastReport().importedFileCount(), 1);
        QCOMPARE(library->threads().threadCount().value(), int(stats.threads));
    }

    void workerReportsALibraryItCannotOpen()
    {
        std::atomic<bool> cancel = false;
        ImportWorker worker(QStringLiteral("/proc/no-such-folder/library.sqlite"),
                            {fixture("small-thread.json")}, &cancel);
        QSignalSpy started(&worker, &ImportWorker::fileStarted);
        QSignalSpy failed(&worker, &ImportWorker::failed);
        QSignalSpy finished(&worker, &ImportWorker::finished);
        worker.run();
        QCOMPARE(started.size(), 0);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(finished.size(), 1);

        ImportBatchReport report(1);
        report.setFailure(failed.first().first().value<Error>());
        QVERIFY(report.hasProblems());
        QVERIFY(!report.wasCancelled());
        QVERIFY(report.summary().contains(QStringLiteral("cannot create the folder")));
        QCOMPARE(report.problems().size(), 1);
    }

    void batchImportsGoodFilesAndReportsBadOnesInOneDialog()
    {
        auto library = freshStore();
        QMainWindow window;
        ImportController controller(*library, &window);
        QMenu fileMenu;
        controller.installInto(&fileMenu);
        QSignalSpy imported(&controller, &ImportController::threadsImported);
        QSignalSpy finished(&controller, &ImportController::batchFinished);

        const QStringList files{fixture("small-thread.json"), fixture("not-json.json"),
                                fixture("missing-parent.json"),
                                fixture("small-thread-resaved.json")};
        controller.importFiles(files);
        QVERIFY(controller.isBusy());
        QVERIFY(finished.wait(60000));
        QVERIFY(!controller.isBusy());
        QVERIFY(!controller.progressDialog());

        // In the library: the thread, merged with its newer save (c2 edited, c8 added).
        QCOMPARE(threadSourceIds(*library), QStringList{"abc123"});
        const qint64 id = library->threads()
                              .findThread(QStringLiteral("reddit"), QStringLiteral("abc123"))
                              .value()
                              .value();
        QVERIFY(library->threads().hasComment(id, QStringLiteral("c8")).value());
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().first().toLongLong(), id);

        const ImportBatchReport &report = controller.lastReport();
        QCOMPARE(report.importedFileCount(), 2);
        QCOMPARE(report.failedFileCount(), 2);
        QVERIFY(!report.wasCancelled());
        const QStringList expected{importError(fixture("not-json.json")),
                                   importError(fixture("missing-parent.json"))};
        QVERIFY(expected[0].startsWith(fixture("not-json.json") + QStringLiteral(": ")));
        QVERIFY(expected[1].startsWith(fixture("missing-parent.json") +
                                       QStringLiteral(": reddit-json: ")));
        // Both saves of the thread hold "more" stubs: each says so once, as a warning.
        QStringList problems = report.problems();
        const QStringList partial = problems.filter(QStringLiteral(": warning: incomplete save: "));
        QCOMPARE(partial.size(), 2);
        QVERIFY(partial[0].startsWith(fixture("small-thread.json") + QStringLiteral(": ")));
        for (const QString &line : partial)
            problems.removeOne(line);
        QCOMPARE(problems, expected);

        // One dialog, listing both files with their messages; the summary on the status bar too.
        ImportReportDialog *dialog = controller.reportDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->problemsText(), report.problems().join(QLatin1Char('\n')));
        QVERIFY(dialog->summaryText().contains(QStringLiteral("2 of 4")));
        QCOMPARE(window.statusBar()->currentMessage(), report.summary());
        dialog->close();
        QTRY_VERIFY(!controller.reportDialog());

        QCOMPARE(RecentImports::paths(),
                 QStringList({fixture("small-thread-resaved.json"), fixture("small-thread.json")}));
    }

    void cleanBatchShowsNoDialog()
    {
        auto library = freshStore();
        QMainWindow window;
        ImportController controller(*library, &window);
        QSignalSpy status(&controller, &ImportController::statusMessage);
        QSignalSpy finished(&controller, &ImportController::batchFinished);
        controller.importFiles(
            {generated(QStringLiteral("clean1")), generated(QStringLiteral("clean2"))});
        QVERIFY(finished.wait(60000));
        QVERIFY(!controller.reportDialog());
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.first().first().toString(), controller.lastReport().summary());
        QVERIFY(!controller.lastReport().hasProblems());
        QCOMPARE(threadSourceIds(*library), QStringList({"clean1", "clean2"}));
    }

    void warningsAreReportedEvenWhenEverythingImported()
    {
        auto library = freshStore();
        QMainWindow window;
        ImportController controller(*library, &window);
        QSignalSpy finished(&controller, &ImportController::batchFinished);
        const QString path = generated(QStringLiteral("warned1"), 2, true);
        controller.importFiles({path});
        QVERIFY(finished.wait(60000));
        QCOMPARE(controller.lastReport().failedFileCount(), 0);
        QCOMPARE(controller.lastReport().warningCount(), 1);
        QVERIFY(controller.reportDialog());
        QVERIFY(controller.reportDialog()->problemsText().startsWith(
            path + QStringLiteral(": warning: skipped an item of kind \"t2\"")));
        controller.reportDialog()->close();
        QCOMPARE(threadSourceIds(*library), QStringList{"warned1"});
    }

    void cancelKeepsFinishedFilesRollsBackTheCurrentOneAndSkipsTheRest()
    {
        auto library = freshStore();
        QMainWindow window;
        ImportController controller(*library, &window);
        QSignalSpy imported(&controller, &ImportController::threadsImported);
        QSignalSpy finished(&controller, &ImportController::batchFinished);
        // Large enough that its parse and save outlast the trip of fileStarted to this
        // thread and of the cancel back.
        const QStringList files{
            fixture("small-thread.json"), generated(QStringLiteral("big1"), 40000),
            generated(QStringLiteral("after1")), generated(QStringLiteral("after2"))};
        connect(&controller, &ImportController::fileStarted, this, [&](int index) {
            if (index != 1)
                return;
            QProgressDialog *progress = controller.progressDialog();
            QVERIFY(progress);
            QCOMPARE(progress->value(), 1); // files done
            QCOMPARE(progress->maximum(), 4);
            QVERIFY(progress->labelText().contains(QStringLiteral("2 of 4")));
            QVERIFY(progress->labelText().contains(QStringLiteral("big1.json")));
            QPushButton *cancelButton = progress->findChild<QPushButton *>();
            QVERIFY(cancelButton);
            cancelButton->click();
        });
        controller.importFiles(files);
        QVERIFY(finished.wait(60000));

        const ImportBatchReport &report = controller.lastReport();
        QCOMPARE(report.results().size(), size_t(2));
        QVERIFY2(report.results()[1].cancelled(),
                 "the big file finished before the cancel reached it");
        QVERIFY(report.wasCancelled());
        QCOMPARE(report.importedFileCount(), 1);
        QCOMPARE(report.notImportedByCancelCount(), 3);
        // Nothing failed; the one file imported says only that its save is partial.
        QCOMPARE(report.problems().size(), 1);
        QVERIFY(report.problems().front().contains(QStringLiteral(": warning: incomplete save: ")));
        // Cancelling explains no failure, but the partial save imported still says so.
        QVERIFY(controller.reportDialog());
        controller.reportDialog()->close();
        QVERIFY(report.summary().contains(QStringLiteral("cancelled")));

        QCOMPARE(threadSourceIds(*library), QStringList{"abc123"});
        QVERIFY(!library->threads()
                     .findThread(QStringLiteral("reddit"), QStringLiteral("big1"))
                     .value()
                     .has_value());
        QCOMPARE(imported.size(), 1);
        QCOMPARE(RecentImports::paths(), QStringList{fixture("small-thread.json")});

        // The library is usable again at once.
        controller.importFiles({files[2]});
        QVERIFY(finished.wait(60000));
        QCOMPARE(threadSourceIds(*library), QStringList({"abc123", "after1"}));
    }

    void filesGivenDuringABatchWaitForIt()
    {
        auto library = freshStore();
        QMainWindow window;
        ImportController controller(*library, &window);
        QSignalSpy finished(&controller, &ImportController::batchFinished);
        controller.importFiles({generated(QStringLiteral("first1"), 2000)});
        controller.importFiles({generated(QStringLiteral("second1"))});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QCOMPARE(controller.lastReport().fileCount(), 1);
        QCOMPARE(threadSourceIds(*library), QStringList({"first1", "second1"}));
    }

    void closingTheWindowMidBatchRollsBack()
    {
        auto library = freshStore();
        {
            QMainWindow window;
            ImportController controller(*library, &window);
            QSignalSpy started(&controller, &ImportController::fileStarted);
            controller.importFiles({generated(QStringLiteral("closed1"), 40000)});
            QVERIFY(started.wait(60000));
        } // the controller cancels and waits for its thread
        QCOMPARE(threadSourceIds(*library), QStringList());
    }

    void foldersContributeTheFilesDirectlyInside()
    {
        QTemporaryDir dir;
        const auto touch = [&](const QString &name) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        };
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        touch(QStringLiteral("b.json"));
        touch(QStringLiteral("a.json"));
        touch(QStringLiteral("sub/deeper.json"));
        const QString single = fixture("small-thread.json");
        QCOMPARE(ImportController::filesToImport({dir.path(), single}),
                 QStringList({dir.filePath(QStringLiteral("a.json")),
                              dir.filePath(QStringLiteral("b.json")), single}));
        QCOMPARE(ImportController::filesToImport({dir.filePath(QStringLiteral("sub"))}),
                 QStringList{dir.filePath(QStringLiteral("sub/deeper.json"))});
    }

    void recentImportsKeepTheLastTenNewestFirst()
    {
        QCOMPARE(RecentImports::paths(), QStringList());
        QStringList paths;
        for (int i = 0; i < 12; ++i)
            paths << QStringLiteral("/data/thread-%1.json").arg(i);
        RecentImports::add(paths);
        QStringList expected;
        for (int i = 11; i >= 2; --i)
            expected << QStringLiteral("/data/thread-%1.json").arg(i);
        QCOMPARE(RecentImports::paths(), expected);
        QCOMPARE(RecentImports::paths().size(), RecentImports::maximumCount);

        // Importing one again moves it to the front, once.
        RecentImports::add({QStringLiteral("/data/thread-5.json")});
        QCOMPARE(RecentImports::paths().first(), QStringLiteral("/data/thread-5.json"));
        QCOMPARE(RecentImports::paths().count(QStringLiteral("/data/thread-5.json")), 1);
        QCOMPARE(RecentImports::paths().size(), 10);

        // Relative paths are kept absolute.
        RecentImports::add({QStringLiteral("relative.json")});
        QCOMPARE(RecentImports::paths().first(),
                 QDir::current().absoluteFilePath(QStringLiteral("relative.json")));

        RecentImports::clear();
        QCOMPARE(RecentImports::paths(), QStringList());
    }

    void recentImportsMenuImportsAndClears()
    {
        RecentImportsMenu menu;
        QList<QAction *> actions = menu.actions();
        QCOMPARE(actions.size(), 3); // "No Recent Imports", separator, Clear Menu
        QVERIFY(!actions[0]->isEnabled());
        QVERIFY(!actions[2]->isEnabled());

        RecentImports::add({QStringLiteral("/data/a.json"), QStringLiteral("/data/b&c.json")});
        menu.rebuild();
        actions = menu.actions();
        QCOMPARE(actions.size(), 4);
        QCOMPARE(actions[0]->text(), QStringLiteral("&1 b&&c.json"));
        QCOMPARE(actions[1]->text(), QStringLiteral("&2 a.json"));
        QCOMPARE(actions[0]->toolTip(), QStringLiteral("/data/b&c.json"));
        QSignalSpy requested(&menu, &RecentImportsMenu::importRequested);
        actions[1]->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("/data/a.json"));

        QVERIFY(actions[3]->isEnabled());
        actions[3]->trigger();
        QCOMPARE(RecentImports::paths(), QStringList());
        menu.rebuild();
        QCOMPARE(menu.actions().size(), 3);
    }

    void installIntoAddsImportAndRecentBeforeQuit()
    {
        auto library = freshStore();
        QMainWindow window;
        ImportController controller(*library, &window);
        QMenu fileMenu;
        QAction *quit = fileMenu.addAction(QStringLiteral("Quit"));
        controller.installInto(&fileMenu, quit);
        const QList<QAction *> actions = fileMenu.actions();
        QCOMPARE(actions.size(), 4);
        QCOMPARE(actions[0], controller.importAction());
        QCOMPARE(actions[0]->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        QVERIFY(qobject_cast<RecentImportsMenu *>(actions[1]->menu()));
        QVERIFY(actions[2]->isSeparator());
        QCOMPARE(actions[3], quit);
        QVERIFY(window.acceptDrops());
    }

    void dropsOnAnyChildOfTheWindowAreTakenForImport()
    {
        QMainWindow window;
        auto *child = new DropCatcher;
        child->setAcceptDrops(true);
        window.setCentralWidget(child);
        FileDropFilter filter(&window);
        QSignalSpy dropped(&filter, &FileDropFilter::filesDropped);

        const QString file = fixture("small-thread.json");
        QVERIFY(dropOn(child, {QUrl::fromLocalFile(file)}));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().first().toStringList(), QStringList{file});
        QCOMPARE(child->drops, 0); // taken before the widget's own drop handling

        // Text is the widget's business; a web address is taken for Save from Address.
        QSignalSpy addresses(&filter, &FileDropFilter::addressesDropped);
        QVERIFY(dropOn(child, {}, QStringLiteral("some text")));
        QCOMPARE(child->drops, 1);
        QVERIFY(dropOn(child, {QUrl(QStringLiteral("https://example.org/thread.json"))}));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(addresses.size(), 1);
        QCOMPARE(addresses.first().first().toStringList(), QStringList{QStringLiteral("https://example.org/thread.json")});
        QCOMPARE(child->drops, 1);

        // Another window is not watched.
        DropCatcher other;
        other.setAcceptDrops(true);
        QVERIFY(dropOn(&other, {QUrl::fromLocalFile(file)}));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(other.drops, 1);
        QCOMPARE(addresses.size(), 1);
    }

    void droppedFolderImportsItsFiles()
    {
        auto library = freshStore();
        QMainWindow window;
        auto *central = new QWidget;
        window.setCentralWidget(central);
        ImportController controller(*library, &window);
        QMenu fileMenu;
        controller.installInto(&fileMenu);
        QSignalSpy finished(&controller, &ImportController::batchFinished);

        QTemporaryDir folder;
        writeThread(folder.filePath(QStringLiteral("one.json")), QStringLiteral("dropped1"), 2);
        writeThread(folder.filePath(QStringLiteral("two.json")), QStringLiteral("dropped2"), 2);
        QVERIFY(dropOn(central, {QUrl::fromLocalFile(folder.path())}));
        QVERIFY(finished.wait(60000));
        QCOMPARE(controller.lastReport().fileCount(), 2);
        QCOMPARE(threadSourceIds(*library), QStringList({"dropped1", "dropped2"}));
    }
};

QTEST_MAIN(TestImportController)
#include "tst_importcontroller.moc"
