// Backups beside the library: made with SQLite's backup API, listed newest first, pruned
// to seven, restored only from a sound backup and never losing the library they replace.

#include "store/library.h"
#include "store/librarybackups.h"
#include "store/libraryintegrity.h"
#include "store/sqlitedatabase.h"
#include "store/threadstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

using namespace Scholia;

namespace {

ThreadDocument makeThread(const QString &sourceId, int comments = 3)
{
    ThreadDocument document;
    document.sourceKind = QStringLiteral("reddit");
    document.sourceId = sourceId;
    document.title = QStringLiteral("Thread ") + sourceId;
    for (int i = 0; i < comments; ++i) {
        Comment comment;
        comment.sourceId = QStringLiteral("c%1").arg(i);
        comment.bodyText = QStringLiteral("comment %1 of %2").arg(i).arg(sourceId);
        comment.bodyHtml = QStringLiteral("<p>%1</p>").arg(comment.bodyText);
        document.comments.push_back(comment);
    }
    return document;
}

qint64 count(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    qint64 value = -1;
    if (sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

QDateTime at(int hoursAgo)
{
    return QDateTime(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::utc()).addSecs(-hoursAgo * 3600);
}

} // namespace

class TestLibraryBackups : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshLibrary()
    {
        const QString folder = m_dir.filePath(QStringLiteral("lib-%1").arg(++m_counter));
        QDir().mkpath(folder);
        return QDir(folder).filePath(QStringLiteral("library.sqlite"));
    }

private slots:
    void createsASortableBackupBesideTheLibrary()
    {
        const QString path = freshLibrary();
        auto store = Library::open(path).value();
        QVERIFY(store->threads().saveThread(makeThread(QStringLiteral("a"))).ok());
        LibraryBackups backups(path);
        auto made = store->backUp(QStringLiteral("daily"), at(0));
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
        QCOMPARE(QFileInfo(made->path).fileName(),
                 QStringLiteral("library-2026-11-24T12-00-00Z-daily.sqlite"));
        QCOMPARE(QFileInfo(made->path).absolutePath(),
                 QFileInfo(path).absoluteDir().filePath(QStringLiteral("backups")));
        QCOMPARE(count(made->path, "SELECT count(*) FROM comments"), qint64(3));
        QCOMPARE(LibraryIntegrity::integrityCheckFile(made->path), QString());
        // One self-contained file: no write-ahead log beside it, nothing half-written.
        QCOMPARE(QDir(backups.folder()).entryList(QDir::Files),
                 QStringList{QFileInfo(made->path).fileName()});

        const auto listed = backups.list();
        QCOMPARE(listed.size(), size_t(1));
        QCOMPARE(listed.front().reason, QStringLiteral("daily"));
        QCOMPARE(listed.front().time, at(0));
        QCOMPARE(listed.front().size, QFileInfo(made->path).size());
        QVERIFY(listed.front().size > 0);
    }

    void listsNewestFirstAndPrunesToSeven()
    {
        const QString path = freshLibrary();
        auto store = Library::open(path).value();
        LibraryBackups backups(path);
        // The one "just made" is deliberately the oldest: prune must still keep it.
        auto justMade = store->backUp(QStringLiteral("manual"), at(100)).value();
        for (int hoursAgo = 9; hoursAgo >= 1; --hoursAgo)
            QVERIFY(store->backUp(QStringLiteral("daily"), at(hoursAgo)).ok());
        QVERIFY(store->backUp(QStringLiteral("daily"), at(1)).ok()); // same second
        auto listed = backups.list();
        QCOMPARE(listed.size(), size_t(11));
        QCOMPARE(listed[0].time, at(1).addSecs(1));
        QCOMPARE(listed[1].time, at(1));
        QCOMPARE(listed.back().path, justMade.path);

        QCOMPARE(backups.prune(7, justMade.path).value(), 3);
        listed = backups.list();
        QCOMPARE(listed.size(), size_t(8));
        QCOMPARE(listed[6].time, at(6));
        QCOMPARE(listed.back().path, justMade.path);
        QCOMPARE(backups.prune().value(), 1);
        QCOMPARE(backups.list().size(), size_t(7));
        QVERIFY(!QFileInfo::exists(justMade.path));
    }

    void dailyBackupIsDueAfterADay()
    {
        const QString path = freshLibrary();
        auto store = Library::open(path).value();
        LibraryBackups backups(path);
        QVERIFY(backups.dailyBackupDue(at(0)));
        QVERIFY(store->backUp(QStringLiteral("before-v3"), at(23)).ok());
        QVERIFY(!backups.dailyBackupDue(at(0)));
        QVERIFY(backups.dailyBackupDue(at(-1)));
    }

    void restoreKeepsTheReplacedLibrary()
    {
        const QString path = freshLibrary();
        LibraryBackups backups(path);
        LibraryBackup backup;
        {
            auto store = Library::open(path).value();
            QVERIFY(store->threads().saveThread(makeThread(QStringLiteral("a"))).ok());
            backup = store->backUp(QStringLiteral("manual")).value();
            QVERIFY(store->threads().saveThread(makeThread(QStringLiteral("b"))).ok());
        }
        // A later write still sits in the write-ahead log, as after a crash: the replaced
        // copy must carry it too.
        sqlite3 *other = nullptr;
        sqlite3_open(path.toUtf8().constData(), &other);
        sqlite3_exec(other,
                     "PRAGMA wal_autocheckpoint = 0; UPDATE threads SET title = 'in the log' WHERE "
                     "source_id = 'b'",
                     nullptr, nullptr, nullptr);
        QFile::copy(path + QStringLiteral("-wal"), m_dir.filePath(QStringLiteral("saved-wal")));
        QFile::copy(path, m_dir.filePath(QStringLiteral("saved-db")));
        sqlite3_close(other); // checkpoints; put the crash state back
        QFile::remove(path);
        QFile::copy(m_dir.filePath(QStringLiteral("saved-db")), path);
        QFile::copy(m_dir.filePath(QStringLiteral("saved-wal")), path + QStringLiteral("-wal"));

        auto replaced = backups.restore(backup);
        QVERIFY2(replaced.ok(),
                 qPrintable(replaced.ok() ? QString() : replaced.error().toString()));
        QVERIFY(replaced->endsWith(QStringLiteral("-replaced.sqlite")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QCOMPARE(count(path, "SELECT count(*) FROM threads"), qint64(1));
        QCOMPARE(count(*replaced, "SELECT count(*) FROM threads"), qint64(2));
        QCOMPARE(count(*replaced, "SELECT count(*) FROM threads WHERE title = 'in the log'"),
                 qint64(1));

        auto store = Library::open(path);
        QVERIFY(store.ok());
        QCOMPARE((*store)->threads().threadCount().value(), 1);
        // The replaced library is listed and never pruned.
        const auto listed = backups.list();
        QVERIFY(std::any_of(listed.begin(), listed.end(),
                            [](const LibraryBackup &b) { return b.reason == "replaced"; }));
        for (int i = 0; i < 9; ++i)
            QVERIFY((*store)->backUp(QStringLiteral("daily"), at(i)).ok());
        QVERIFY(backups.prune().ok());
        QVERIFY(QFileInfo::exists(*replaced));
    }

    void refusesToRestoreADamagedBackup()
    {
        const QString path = freshLibrary();
        LibraryBackups backups(path);
        LibraryBackup backup;
        {
            auto store = Library::open(path).value();
            QVERIFY(store->threads().saveThread(makeThread(QStringLiteral("a"), 400)).ok());
            backup = store->backUp(QStringLiteral("manual")).value();
        }
        QFile file(backup.path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write(QByteArray(4096, '\xA5'));
        file.close();
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();

        auto restored = backups.restore(backup);
        QVERIFY(!restored.ok());
        QVERIFY(restored.error().message.contains(QStringLiteral("damaged")));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }

    void backupOfALibraryBeingWrittenIsConsistent()
    {
        const QString path = freshLibrary();
        auto store = Library::open(path).value();
        QVERIFY(store->threads().saveThread(makeThread(QStringLiteral("a"))).ok());
        // Another connection (an import worker) is in the middle of a big write.
        sqlite3 *writer = nullptr;
        sqlite3_open(path.toUtf8().constData(), &writer);
        QCOMPARE(
            sqlite3_exec(
                writer,
                "BEGIN IMMEDIATE;"
                "UPDATE comments SET body_text = 'rewritten';"
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
                " INSERT INTO comments (thread_id, source_id, position, sibling_index, depth, "
                "body_text)"
                " SELECT 1, 'x' || i, 100 + i, i, 0, 'pending ' || i FROM n;",
                nullptr, nullptr, nullptr),
            SQLITE_OK);
        auto backup = store->backUp(QStringLiteral("daily"));
        QVERIFY2(backup.ok(), qPrintable(backup.ok() ? QString() : backup.error().toString()));
        QCOMPARE(sqlite3_exec(writer, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(writer);

        QCOMPARE(LibraryIntegrity::integrityCheckFile(backup->path), QString());
        QCOMPARE(count(backup->path, "SELECT count(*) FROM comments"), qint64(3));
        QCOMPARE(count(backup->path, "SELECT count(*) FROM comments WHERE body_text = 'rewritten'"),
                 qint64(0));
        QCOMPARE(count(backup->path,
                       "SELECT count(*) FROM comments_fts WHERE comments_fts MATCH 'comment'"),
                 qint64(3));
        QCOMPARE(count(path, "SELECT count(*) FROM comments"), qint64(2003));
    }
};

QTEST_GUILESS_MAIN(TestLibraryBackups)
#include "tst_librarybackups.moc"
