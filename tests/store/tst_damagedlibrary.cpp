// A damaged library is refused on open and never written to.

#include "store/library.h"
#include "store/libraryintegrity.h"
#include "store/sqlitedatabase.h"
#include "store/threadstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Scholia;

namespace {

ThreadDocument makeThread(int comments)
{
    ThreadDocument document;
    document.sourceKind = QStringLiteral("reddit");
    document.sourceId = QStringLiteral("t3_big");
    document.title = QStringLiteral("Big thread");
    for (int i = 0; i < comments; ++i) {
        Comment comment;
        comment.sourceId = QStringLiteral("c%1").arg(i);
        comment.bodyText =
            QStringLiteral("comment number %1 with a few words to fill pages").arg(i);
        comment.bodyHtml = QStringLiteral("<p>%1</p>").arg(comment.bodyText);
        document.comments.push_back(comment);
    }
    return document;
}

qint64 integer(const QString &path, const char *sql)
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

QByteArray contents(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace

class TestDamagedLibrary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sound;

private slots:
    void initTestCase()
    {
        m_sound = m_dir.filePath(QStringLiteral("sound.sqlite"));
        auto store = Library::open(m_sound).value();
        QVERIFY(store->threads().saveThread(makeThread(600)).ok());
    }

    void aSoundLibraryPassesTheCheck()
    {
        QCOMPARE(LibraryIntegrity::quickCheckFile(m_sound), QString());
    }

    void refusesADamagedLibraryAndLeavesItAsItWas_data()
    {
        QTest::addColumn<QByteArray>("table");
        QTest::addColumn<int>("offsetInPage");
        // An interior or leaf b-tree page of comments, its cell pointers overwritten; and
        // the middle of the page of an index.
        QTest::newRow("comments table page") << QByteArray("comments") << 8;
        QTest::newRow("index page") << QByteArray("comments_by_position") << 0;
    }
    void refusesADamagedLibraryAndLeavesItAsItWas()
    {
        QFETCH(QByteArray, table);
        QFETCH(int, offsetInPage);
        const QString path = m_dir.filePath(
            QStringLiteral("damaged-%1.sqlite")
                .arg(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-')));
        QVERIFY(QFile::copy(m_sound, path));
        const qint64 pageSize = integer(path, "PRAGMA page_size");
        const QByteArray rootSql =
            "SELECT rootpage FROM sqlite_master WHERE name = '" + table + "'";
        const qint64 root = integer(path, rootSql.constData());
        QVERIFY(root > 1);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek((root - 1) * pageSize + offsetInPage);
            file.write(QByteArray(64, '\xEE'));
        }
        const QByteArray before = contents(path);

        auto store = Library::open(path);
        QVERIFY(!store.ok());
        const QString message = store.error().message;
        QVERIFY2(message.contains(QStringLiteral("damaged")), qPrintable(message));
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY(!LibraryIntegrity::quickCheckFile(path).isEmpty());
        QCOMPARE(contents(path), before);
        // Opening again changes nothing either (no migration, no journal-mode switch).
        QVERIFY(!Library::open(path).ok());
        QCOMPARE(contents(path), before);
    }

    void refusesAFileThatIsNoDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-a-db.sqlite"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        }
        auto store = Library::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(contents(path), QByteArray(8192, 'x'));
    }
};

QTEST_GUILESS_MAIN(TestDamagedLibrary)
#include "tst_damagedlibrary.moc"
