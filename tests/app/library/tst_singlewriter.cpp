// One writer per library (issue 9, part 5), with real processes: a second window process
// hands its files to the first and exits; `scholia import` and `scholia annotate` refuse
// to write (or wait) while another process holds the writer lock, and a lock left by a
// killed process is taken over; a window whose library is being written by a process
// without a window opens read-only behind a banner and refuses edits.
//
// The process holding the lock "without a window" is this executable started again with
// --hold-writer-lock PATH: it takes the lock, prints "held", and lets go when its
// standard input closes.

#include "app/importing/importcontroller.h"
#include "app/library/instancechannel.h"
#include "app/library/libraryownership.h"
#include "app/library/readonlybanner.h"
#include "app/mainwindow.h"
#include "app/threadview/threadschemehandler.h"
#include "library/libraryeditor.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/librarywriterlock.h"
#include "store/threadstore.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLocalSocket>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Scholia;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/") + name;
}

// Every byte of the library and its write-ahead log: "unchanged" means exactly that.
QByteArray libraryBytes(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(f.readAll());
    }
    return hash.result().toHex();
}

int threadCount(const QString &path)
{
    auto store = Library::openReadOnly(path);
    if (!store)
        return -1;
    const auto count = (*store)->threads().threadCount();
    return count ? *count : -1;
}

// This executable as the process holding the lock.
class LockHolder
{
public:
    bool start(const QString &libraryPath)
    {
        m_process.setProgram(QCoreApplication::applicationFilePath());
        m_process.setArguments({QStringLiteral("--hold-writer-lock"), libraryPath});
        m_process.start();
        if (!m_process.waitForStarted(20000))
            return false;
        while (!m_process.canReadLine())
            if (!m_process.waitForReadyRead(20000))
                return false;
        return m_process.readLine().trimmed() == "held";
    }
    qint64 pid() const { return m_process.processId(); }
    bool release()
    {
        m_process.closeWriteChannel();
        return m_process.waitForFinished(20000) && m_process.exitCode() == 0;
    }
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(20000);
    }

private:
    QProcess m_process;
};

int holdWriterLock(const QString &libraryPath)
{
    LibraryWriterLock lock(libraryPath);
    if (!lock.tryLock())
        return 1;
    std::puts("held");
    std::fflush(stdout);
    std::string line;
    while (std::getline(std::cin, line)) {
    }
    return 0;
}

struct Run
{
    int exitCode = -1;
    QString err;
};

Run runScholia(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SCHOLIA_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestSingleWriter : public QObject
{
    Q_OBJECT

private slots:
    void lockIsExclusiveAndNamesItsHolder()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("sub/library.sqlite")); // no folder yet
        LibraryWriterLock first(library);
        LibraryWriterLock second(library);
        QVERIFY(first.tryLock());
        QVERIFY(first.tryLock()); // again: still ours
        QVERIFY(!second.tryLock());
        QCOMPARE(second.holderPid(), QCoreApplication::applicationPid());
        QVERIFY(second.failure().isEmpty()); // held, not broken
        first.unlock();
        QVERIFY(second.tryLock());
        QCOMPARE(LibraryWriterLock::lockPathFor(library),
                 dir.filePath(QStringLiteral("sub/library.sqlite.lock")));
        // Another spelling of the same library has the same window channel.
        QCOMPARE(
            InstanceChannel::serverName(dir.filePath(QStringLiteral("sub/../sub/library.sqlite"))),
            InstanceChannel::serverName(library));
        QVERIFY(InstanceChannel::serverName(dir.filePath(QStringLiteral("other.sqlite"))) !=
                InstanceChannel::serverName(library));
    }

    void cliWritersRefuseWhileAnotherProcessWrites()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library.sqlite"));
        QCOMPARE(runScholia({QStringLiteral("import"), QStringLiteral("--db"), library,
                             fixture(QStringLiteral("reddit/small-thread.json"))})
                     .exitCode,
                 0);
        QCOMPARE(threadCount(library), 1);
        QVERIFY(!QFile::exists(LibraryWriterLock::lockPathFor(library))); // released on exit

        LockHolder holder;
        QVERIFY(holder.start(library));
        const QByteArray before = libraryBytes(library);
        const QString pid = QString::number(holder.pid());

        const Run import = runScholia({QStringLiteral("import"), QStringLiteral("--db"), library,
                                       fixture(QStringLiteral("hackernews/algolia-item.json"))});
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.err.contains(QStringLiteral("pid ") + pid), qPrintable(import.err));
        QVERIFY2(import.err.contains(QStringLiteral("--wait")), qPrintable(import.err));
        const Run annotate =
            runScholia({QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--db"),
                        library, QStringLiteral("--comment"), QStringLiteral("c1"),
                        QStringLiteral("--note"), QStringLiteral("refused")});
        QCOMPARE(annotate.exitCode, 1);
        QVERIFY2(annotate.err.contains(QStringLiteral("pid ") + pid), qPrintable(annotate.err));
        QCOMPARE(libraryBytes(library), before);
        QCOMPARE(threadCount(library), 1);
        // Readers need no lock.
        QCOMPARE(runScholia({QStringLiteral("list"), QStringLiteral("--db"), library}).exitCode, 0);

        // --wait: the import starts once the holder lets go.
        QProcess waiting;
        waiting.start(QStringLiteral(SCHOLIA_BINARY),
                      {QStringLiteral("import"), QStringLiteral("--wait"), QStringLiteral("--db"),
                       library, fixture(QStringLiteral("hackernews/algolia-item.json"))});
        QVERIFY(waiting.waitForStarted(20000));
        waiting.setReadChannel(QProcess::StandardError);
        while (!waiting.canReadLine())
            QVERIFY(waiting.waitForReadyRead(60000));
        QVERIFY(QString::fromUtf8(waiting.readLine())
                    .contains(QStringLiteral("waiting for Scholia process ") + pid));
        QCOMPARE(threadCount(library), 1); // still waiting: nothing written
        QVERIFY(holder.release());
        QVERIFY(waiting.waitForFinished(120000));
        QCOMPARE(waiting.exitCode(), 0);
        QCOMPARE(threadCount(library), 2);

        // A lock left by a process that was killed is stale: taken over.
        LockHolder killed;
        QVERIFY(killed.start(library));
        killed.kill();
        QVERIFY(QFile::exists(LibraryWriterLock::lockPathFor(library)));
        const Run afterKill = runScholia({QStringLiteral("import"), QStringLiteral("--db"), library,
                                          fixture(QStringLiteral("stackexchange/Posts.xml"))});
        QVERIFY2(afterKill.exitCode == 0, qPrintable(afterKill.err));
        QCOMPARE(threadCount(library), 4); // Posts.xml holds two questions
    }

    void secondWindowHandsItsFilesToTheFirst()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library.sqlite"));
        QProcess first;
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(QStringLiteral(SCHOLIA_BINARY), {QStringLiteral("--db"), library});
        QVERIFY(first.waitForStarted(20000));
        // The first window answers once it holds the lock and listens.
        const QString server = InstanceChannel::serverName(library);
        QVERIFY(QTest::qWaitFor(
            [&] {
                QLocalSocket probe;
                probe.connectToServer(server);
                return probe.waitForConnected(200) || first.state() == QProcess::NotRunning;
            },
            90000));
        QCOMPARE(first.state(), QProcess::Running);
        QVERIFY(QFile::exists(LibraryWriterLock::lockPathFor(library)));
        QVERIFY(QTest::qWaitFor([&] { return threadCount(library) == 1; }, 60000)); // the sample

        // A relative path on the second's command line reaches the first as an absolute one.
        QProcess second;
        second.setWorkingDirectory(QStringLiteral(SCHOLIA_TEST_FIXTURES));
        second.start(QStringLiteral(SCHOLIA_BINARY),
                     {QStringLiteral("--db"), library, QStringLiteral("reddit/small-thread.json")});
        QVERIFY(second.waitForFinished(60000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY(QTest::qWaitFor([&] { return threadCount(library) == 2; }, 60000));
        QCOMPARE(first.state(), QProcess::Running); // one window, still the first

        first.terminate();
        if (!first.waitForFinished(20000)) {
            first.kill();
            first.waitForFinished(20000);
        }
    }

    void windowIsReadOnlyWhileAProcessWithoutAWindowWrites()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library.sqlite"));
        QCOMPARE(runScholia({QStringLiteral("import"), QStringLiteral("--db"), library,
                             fixture(QStringLiteral("reddit/small-thread.json"))})
                     .exitCode,
                 0);
        LockHolder holder;
        QVERIFY(holder.start(library));
        const QByteArray before = libraryBytes(library);

        // What main.cpp does: no window answers, the lock is taken, so read-only.
        LibraryOwnership ownership(library);
        QVERIFY(!ownership.handOver({}));
        QVERIFY(!ownership.acquire());
        QCOMPARE(ownership.writerPid(), holder.pid());
        auto opened = Library::openReadOnly(library);
        QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().toString()));
        std::unique_ptr<Library> store = std::move(opened).value();
        QVERIFY(store->isReadOnly());
        {
            MainWindow window(*store);
            ownership.attach(window);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.isReadOnly());
            ReadOnlyBanner *banner = window.readOnlyBanner();
            QVERIFY(banner && banner->isVisible());
            QCOMPARE(banner->text(),
                     QStringLiteral(
                         "This library is open for writing in another Scholia process (pid %1). "
                         "Changes are off until it closes.")
                         .arg(holder.pid()));

            // An annotation is refused with the reason; nothing reaches the file.
            const ThreadDocument thread = store->threads().loadThread(1).value();
            Annotation draft;
            draft.threadId = 1;
            draft.commentSourceId = thread.comments.front().sourceId;
            draft.note = QStringLiteral("refused");
            const auto created = window.libraryEditor()->create(draft);
            QVERIFY(!created.ok());
            QVERIFY2(created.error().message.contains(QString::number(holder.pid())),
                     qPrintable(created.error().message));
            QVERIFY(!window.libraryEditor()->setThreadTags(1, {QStringLiteral("t")}).ok());
            // Import is off, and files given anyway are refused, not queued.
            bool importEnabled = true;
            for (QAction *action : window.menuBar()->actions().first()->menu()->actions())
                if (action->text() == QStringLiteral("&Import…"))
                    importEnabled = action->isEnabled();
            QVERIFY(!importEnabled);
            window.importFiles({fixture(QStringLiteral("hackernews/algolia-item.json"))});
            QTest::qWait(200);
            QCOMPARE(threadCount(library), 1);
            QCOMPARE(libraryBytes(library), before);
            QCOMPARE(store->annotations().listForThread(1).value().size(), size_t(0));

            // Screenshot for a reader of this test's output folder (not compared).
            if (qEnvironmentVariableIsSet("SCHOLIA_SCREENSHOT_DIR"))
                window.grab().save(qEnvironmentVariable("SCHOLIA_SCREENSHOT_DIR") +
                                   QStringLiteral("/readonly.png"));

            // Retry while the holder still writes: still read-only; once it is gone, the
            // window closes so the library reopens for writing.
            banner->retryButton()->click();
            QVERIFY(!ownership.takeReopenRequest());
            QVERIFY(window.isVisible());
            QVERIFY(holder.release());
            banner->retryButton()->click();
            QVERIFY(ownership.takeReopenRequest());
            QVERIFY(ownership.isWriter());
            QVERIFY(!window.isVisible());
        }
        store.reset();
        auto writable = Library::open(library);
        QVERIFY(writable.ok());
        QVERIFY(!(*writable)->isReadOnly());
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && std::string(argv[1]) == "--hold-writer-lock") {
        QCoreApplication app(argc, argv);
        return holdWriterLock(QString::fromLocal8Bit(argv[2]));
    }
    ThreadSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestSingleWriter test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_singlewriter.moc"
