// `scholia import` returns once its rows are durable in the write-ahead log and leaves
// copying them into the library file (the checkpoint) to later (issue 17, round 4). A
// library left that way must open with every row, read-only as the window opens it
// while an import holds the writer lock and read-write; the next import copies the
// earlier one's rows into the file first, and the next ordinary connection to close
// leaves the library file whole on its own. And new libraries' page size.

#include "scholiaprocess.h"
#include "store/library.h"
#include "store/threadstore.h"
#include "store/threadsummary.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

#include <sqlite3.h>

using namespace Scholia;

namespace {

const QString redditThread = QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/small-thread.json");
const QString hnThread = QStringLiteral(SCHOLIA_TEST_FIXTURES "/hackernews/algolia-item.json");

// Threads and comments as the reader lists them.
QPair<int, int> contents(Library &library)
{
    auto threads = library.threads().listThreads();
    if (!threads)
        return {-1, -1};
    const int comments = std::accumulate(threads->begin(), threads->end(), 0,
                                         [](int sum, const ThreadSummary &t) { return sum + t.commentCount; });
    return {int(threads->size()), comments};
}

QPair<int, int> contentsOpened(const QString &path, bool readOnly)
{
    auto library = readOnly ? Library::openReadOnly(path) : Library::open(path);
    if (!library) {
        qWarning("%s", qPrintable(library.error().toString()));
        return {-1, -1};
    }
    return contents(**library);
}

// The library file alone, as a copy that left the write-ahead log behind would hold it.
QPair<int, int> contentsOfTheFileAlone(const QString &path, const QString &copy)
{
    QFile::remove(copy);
    if (!QFile::copy(path, copy))
        return {-1, -1};
    return contentsOpened(copy, true);
}

int pageSizeOf(const QString &path)
{
    sqlite3 *db = nullptr;
    int size = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA page_size", -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            size = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return size;
}

qint64 logSize(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size();
}

} // namespace

class TestImportCheckpoint : public QObject
{
    Q_OBJECT

private slots:
    void anImportLeavesItsRowsInTheLogAndEveryReaderSeesThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        const ScholiaRun first = runScholia({QStringLiteral("import"), QStringLiteral("--db"), path, redditThread});
        QCOMPARE(first.exitCode, 0);
        // The import returned with its rows in the log, not yet in the file.
        QVERIFY(logSize(path) > 0);
        const QPair<int, int> afterFirst = contentsOpened(path, true);
        QCOMPARE(afterFirst.first, 1);
        QVERIFY(afterFirst.second > 0);
        QVERIFY(contentsOfTheFileAlone(path, dir.filePath(QStringLiteral("alone1.sqlite"))) != afterFirst);

        // The next import copies the first one's rows into the file before its own.
        const ScholiaRun second = runScholia({QStringLiteral("import"), QStringLiteral("--db"), path, hnThread});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(contentsOfTheFileAlone(path, dir.filePath(QStringLiteral("alone2.sqlite"))), afterFirst);
        const QPair<int, int> afterSecond = contentsOpened(path, true);
        QCOMPARE(afterSecond.first, 2);
        QVERIFY(afterSecond.second > afterFirst.second);

        // An ordinary connection (the window, any other command) closing last leaves the
        // file whole and the log gone.
        QCOMPARE(contentsOpened(path, false), afterSecond);
        QCOMPARE(logSize(path), 0);
        QCOMPARE(contentsOfTheFileAlone(path, dir.filePath(QStringLiteral("alone3.sqlite"))), afterSecond);
    }

    // The window copies what an import left in the log on a worker thread with its own
    // connection while it holds the library open (issue 17, round 5), not on its first
    // write or when it quits, on the GUI thread.
    void anotherConnectionCopiesTheLogWhileTheLibraryIsOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        QCOMPARE(runScholia({QStringLiteral("import"), QStringLiteral("--db"), path, redditThread}).exitCode, 0);
        auto window = Library::open(path);
        QVERIFY(window.ok());
        const QPair<int, int> imported = contents(**window);
        QVERIFY(imported.second > 0);
        const QString alone = dir.filePath(QStringLiteral("alone.sqlite"));
        QVERIFY(contentsOfTheFileAlone(path, alone) != imported);

        QVERIFY(Library::checkpointWithOwnConnection(path).ok());
        QCOMPARE(contentsOfTheFileAlone(path, alone), imported);
        QCOMPARE(contents(**window), imported);
    }

    // New libraries get 8 KiB pages (fewer reads and writes on an import); a library made
    // with SQLite's 4 KiB keeps them, as SQLite cannot change them in WAL mode.
    void newLibrariesGetBiggerPagesAndOldOnesKeepTheirs()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("new.sqlite"));
        QVERIFY(Library::open(fresh).ok());
        QCOMPARE(pageSizeOf(fresh), 8192);

        const QString old = dir.filePath(QStringLiteral("old.sqlite"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(old.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA page_size = 4096; CREATE TABLE made_before (x);", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        {
            auto library = Library::open(old);
            QVERIFY(library.ok());
            QCOMPARE(contents(**library), qMakePair(0, 0));
        }
        QCOMPARE(pageSizeOf(old), 4096);
    }
};

QTEST_GUILESS_MAIN(TestImportCheckpoint)
#include "tst_importcheckpoint.moc"
