// A streamed import (issue 17) writes the very rows the whole-document import wrote before
// it: every fixture of the project, and the real saves in ../shared/fixtures where that
// folder exists, imported into a new library, give the comments table the md5 that
// importedrows/expected.txt holds. Those were taken with the binary from before issue 17
// (importedrows/make-expected.py says how); the dump is importedrows/comments-dump.sql,
// which also says which columns it leaves out and why. Both ways are checked: streamed
// where the format streams, and whole documents for every file; the two ways also give the
// threads the same counts (comments, unread, new).

#include "import/importerregistry.h"
#include "import/importsource.h"
#include "library/libraryimporter.h"
#include "store/library.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Scholia;

namespace {

const QString rowsFolder = QStringLiteral(SCHOLIA_IMPORTED_ROWS);

QString fixturePath(const QString &name)
{
    if (name.startsWith(QLatin1String("shared/")))
        return QStringLiteral(SCHOLIA_SHARED_FIXTURES "/") + name.mid(7);
    return QStringLiteral(SCHOLIA_SOURCE_DIR "/") + name;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

// The md5 of comments-dump.sql's lines over the library file, joined by newlines.
QByteArray commentsDigest(const QString &libraryPath)
{
    static const QByteArray dump = readText(rowsFolder + QStringLiteral("/comments-dump.sql")).toUtf8();
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(libraryPath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK)
        qFatal("cannot open %s", qPrintable(libraryPath));
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, dump.constData(), int(dump.size()), &statement, nullptr) != SQLITE_OK)
        qFatal("comments-dump.sql: %s", sqlite3_errmsg(db));
    QCryptographicHash md5(QCryptographicHash::Md5);
    bool first = true;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        if (!first)
            md5.addData("\n");
        first = false;
        md5.addData(QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)),
                                   sqlite3_column_bytes(statement, 0)));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return md5.result().toHex();
}

// The threads' counts as the library pane shows them, for comparing the two ways: a
// streamed save of a new thread counts from what it wrote (ThreadStore::recordFirstSave)
// instead of reading its rows back.
QByteArray threadCounts(const QString &libraryPath)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(libraryPath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK)
        qFatal("cannot open %s", qPrintable(libraryPath));
    sqlite3_stmt *statement = nullptr;
    const char *sql = "SELECT source_kind || ',' || source_id || ',' || comment_count || ',' || "
                      "unread_count || ',' || new_count || ',' || (seen_save_id IS NULL) "
                      "FROM threads ORDER BY source_kind, source_id";
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        qFatal("thread counts: %s", sqlite3_errmsg(db));
    QByteArray counts;
    while (sqlite3_step(statement) == SQLITE_ROW)
        counts +=
            reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)) + QByteArray("\n");
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return counts;
}

} // namespace

class TestImportedRows : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_libraries = 0;
    const ImporterRegistry m_registry = ImporterRegistry::withAllFormats();

    // What the line's fixtures give imported one after the other into a new library:
    // the digest, or "failed" when an import was refused.
    QByteArray importedDigest(const QStringList &fixtures, bool streaming,
                              QByteArray *counts = nullptr)
    {
        // A copy of a new library: creating each one anew (every schema step a
        // transaction, each synced to disk) took most of this test's time.
        const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
        if (!QFileInfo::exists(empty) && !Library::open(empty))
            qFatal("cannot create %s", qPrintable(empty));
        const QString path = m_dir.filePath(QStringLiteral("library-%1.sqlite").arg(++m_libraries));
        if (!QFile::copy(empty, path))
            qFatal("cannot copy %s", qPrintable(empty));
        {
            auto library = Library::open(path);
            if (!library)
                qFatal("%s", qPrintable(library.error().toString()));
            LibraryImporter importer(m_registry, **library);
            importer.setStreaming(streaming);
            for (const QString &fixture : fixtures) {
                if (!importer.importFile(fixturePath(fixture)).ok())
                    return "failed";
            }
        }
        if (counts)
            *counts = threadCounts(path);
        return commentsDigest(path);
    }

private slots:
    void sameRowsAsBefore_data()
    {
        QTest::addColumn<QStringList>("fixtures");
        QTest::addColumn<QByteArray>("expected");
        const bool shared = QDir(QStringLiteral(SCHOLIA_SHARED_FIXTURES)).exists();
        const QStringList lines = readText(rowsFolder + QStringLiteral("/expected.txt"))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 50);
        for (const QString &line : lines) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 2);
            const QStringList fixtures = fields[0].split(QStringLiteral(" + "));
            if (!shared && fixtures.front().startsWith(QLatin1String("shared/")))
                continue;
            QTest::newRow(qPrintable(fields[0])) << fixtures << fields[1].toLatin1();
        }
        if (!shared)
            qInfo("../shared/fixtures is absent: only the project's fixtures are compared");
    }
    void sameRowsAsBefore()
    {
        QFETCH(QStringList, fixtures);
        QFETCH(QByteArray, expected);
        QByteArray streamedCounts;
        QCOMPARE(importedDigest(fixtures, true, &streamedCounts), expected);
        // Formats that do not stream take the whole-document way either way.
        bool streams = false;
        for (const QString &fixture : fixtures) {
            const auto source = ImportSource::readFile(fixturePath(fixture));
            const Importer *importer = source ? m_registry.detect(*source) : nullptr;
            streams = streams || (importer && importer->streamsComments());
        }
        if (streams) {
            QByteArray wholeCounts;
            QCOMPARE(importedDigest(fixtures, false, &wholeCounts), expected);
            QCOMPARE(streamedCounts, wholeCounts);
        }
    }

    // Every fixture on disk has its line: a new one needs make-expected.py run again.
    void everyFixtureIsListed()
    {
        const QString expected = readText(rowsFolder + QStringLiteral("/expected.txt"));
        QDir root(QStringLiteral(SCHOLIA_SOURCE_DIR));
        QDirIterator files(root.filePath(QStringLiteral("tests/fixtures")), QDir::Files,
                           QDirIterator::Subdirectories);
        int listed = 0;
        while (files.hasNext()) {
            const QString file = root.relativeFilePath(files.next());
            // libraries/ are stored libraries, not saves; pushshift/ holds the dump path's fuzz
            // seeds (lines and a .zst), a format the pre-issue-17 binary could not import, whose
            // rows tst_dumplibraryimporter checks.
            if (file.endsWith(QLatin1String(".py")) || file.endsWith(QLatin1String(".md")) ||
                file.contains(QLatin1String("/libraries/")) ||
                file.contains(QLatin1String("/pushshift/")))
                continue;
            QVERIFY2(expected.contains(file + QLatin1Char('\t')), qPrintable(file));
            ++listed;
        }
        QVERIFY(listed > 50);
    }
};

QTEST_GUILESS_MAIN(TestImportedRows)
#include "tst_importedrows.moc"
