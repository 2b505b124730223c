// Crash safety of an import (DESIGN.md: "a crash or a cancel leaves the library exactly
// as it was"): `scholia import` of a large generated Reddit thread runs in a child
// process and is SIGKILLed at seeded random points, some by time (parse, transaction or
// commit) and some as soon as its write-ahead log has grown past a random size (inside
// the transaction). After each kill the library passes PRAGMA integrity_check and the
// FTS5 integrity checks, everything imported and annotated before is exactly as it was,
// and the killed import left either nothing or the whole thread.

#include "import/importerregistry.h"
#include "import/importsource.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/sqlitedatabase.h"
#include "store/sqlitestatement.h"
#include "store/threadnotesstore.h"
#include "store/threadstore.h"
#include "threadgenerator.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Scholia;

namespace {

// Big enough that the import takes most of a second on a 2-core machine.
constexpr int generatedComments = 6000;
constexpr int timedTrials = 14;
constexpr int walTrials = 10;

// Every row of the tables an import or the reader can change, leaving out the generated
// thread's rows: what was in the library before the killed import.
QStringList dumpOthers(SqliteDatabase &db)
{
    const QString others = QStringLiteral("(SELECT id FROM threads WHERE source_id <> '%1')")
                               .arg(ThreadGenerator::redditThreadId());
    const QStringList queries = {
        QStringLiteral("SELECT * FROM threads WHERE id IN %1 ORDER BY id").arg(others),
        QStringLiteral("SELECT * FROM comments WHERE thread_id IN %1 ORDER BY id").arg(others),
        QStringLiteral("SELECT * FROM annotations ORDER BY id"),
        QStringLiteral("SELECT * FROM annotation_tags ORDER BY 1, 2"),
        QStringLiteral("SELECT * FROM tags ORDER BY id"),
        QStringLiteral("SELECT * FROM thread_tags ORDER BY 1, 2"),
        QStringLiteral("SELECT * FROM thread_notes ORDER BY 1"),
        QStringLiteral("SELECT * FROM thread_view_state ORDER BY 1"),
    };
    QStringList rows;
    for (const QString &query : queries) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db.handle(), query.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK)
            qFatal("cannot run %s: %s", qPrintable(query), sqlite3_errmsg(db.handle()));
        while (sqlite3_step(statement) == SQLITE_ROW) {
            QStringList columns;
            for (int i = 0; i < sqlite3_column_count(statement); ++i) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
                columns << (text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
            }
            rows << columns.join(QLatin1Char('|'));
        }
        sqlite3_finalize(statement);
    }
    return rows;
}

// The generated thread as stored: "absent", or its comment count and a hash of its rows.
QString generatedThreadState(SqliteDatabase &db)
{
    SqliteStatement thread = db.prepare(QStringLiteral("SELECT id, title FROM threads WHERE source_id = ?1"));
    thread.bind(1, ThreadGenerator::redditThreadId());
    if (!thread.step())
        return QStringLiteral("absent");
    SqliteStatement comments = db.prepare(QStringLiteral(
        "SELECT source_id, position, depth, author, body_html, body_text FROM comments "
        "WHERE thread_id = ?1 ORDER BY position"));
    comments.bind(1, thread.columnInt64(0));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(thread.columnText(1).toUtf8());
    int count = 0;
    while (comments.step()) {
        ++count;
        for (int i = 0; i < 6; ++i)
            hash.addData((comments.columnText(i) + QChar(0x1f)).toUtf8());
    }
    return QStringLiteral("%1 comments, %2").arg(count).arg(QString::fromLatin1(hash.result().toHex()));
}

QString integrity(SqliteDatabase &db)
{
    SqliteStatement check = db.prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!check.step())
        return QStringLiteral("no answer");
    const QString result = check.columnText(0);
    if (result != QLatin1String("ok"))
        return result;
    // The FTS5 indexes against their content tables (an error is thrown as SqliteError).
    for (const char *fts : {"comments_fts", "threads_fts", "annotations_fts", "thread_notes_fts"}) {
        const QString sql = QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(QLatin1String(fts));
        char *error = nullptr;
        if (sqlite3_exec(db.handle(), sql.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK) {
            const QString message = QStringLiteral("%1: %2").arg(QLatin1String(fts), QString::fromUtf8(error));
            sqlite3_free(error);
            return message;
        }
    }
    return QStringLiteral("ok");
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_bigFile;
    QString m_baseline;
    QStringList m_baselineOthers;
    QString m_wholeThread;
    qint64 m_importMs = 0;
    qint64 m_maxWalBytes = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool copyBaseline(const QString &to) const
    {
        QFile::remove(to);
        QFile::remove(to + QStringLiteral("-wal"));
        QFile::remove(to + QStringLiteral("-shm"));
        return QFile::copy(m_baseline, to);
    }

    static void startImport(QProcess &child, const QString &library, const QString &file)
    {
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.setStandardOutputFile(QProcess::nullDevice());
        child.start(QStringLiteral(SCHOLIA_BINARY),
                    {QStringLiteral("import"), QStringLiteral("--db"), library, file});
    }

    // What a kill left behind must be the library before it, with or without the
    // whole generated thread.
    void checkLibrary(const QString &library, int trial, QMap<QString, int> &outcomes)
    {
        auto store = Library::open(library);
        QVERIFY2(store.ok(), qPrintable(QStringLiteral("trial %1: %2").arg(trial).arg(store.ok() ? QString() : store.error().toString())));
        SqliteDatabase db((*store)->path()); // a connection of its own, as any SQLite tool
        QCOMPARE(integrity(db), QStringLiteral("ok"));
        QCOMPARE(dumpOthers(db), m_baselineOthers);
        const QString state = generatedThreadState(db);
        QVERIFY2(state == QLatin1String("absent") || state == m_wholeThread,
                 qPrintable(QStringLiteral("trial %1 left part of the thread: %2").arg(trial).arg(state)));
        ++outcomes[state == QLatin1String("absent") ? QStringLiteral("nothing") : QStringLiteral("whole")];
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bigFile = path(QStringLiteral("big-thread.json"));
        {
            QFile out(m_bigFile);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(ThreadGenerator(20261124).redditJson(generatedComments));
        }

        // The library before: two threads, annotations with tags, notes, a view state.
        m_baseline = path(QStringLiteral("baseline.sqlite"));
        {
            auto store = Library::open(m_baseline).value();
            const ImporterRegistry registry = ImporterRegistry::withAllFormats();
            for (const char *name : {"reddit/annotated-thread.json", "reddit/small-thread.json"}) {
                auto source = ImportSource::readFile(QStringLiteral(SCHOLIA_TEST_FIXTURES "/") + QLatin1String(name));
                QVERIFY(source.ok());
                auto threads = registry.parse(*source);
                QVERIFY(threads.ok());
                QVERIFY(store->threads().saveThreads(*threads).ok());
            }
            const qint64 annotated = store->threads().listThreads()->front().id;
            const QStringList ids = store->threads().commentSourceIds(annotated).value();
            QVERIFY(!ids.isEmpty());
            AnnotationStore &annotations = store->annotations();
            Annotation passage;
            passage.threadId = annotated;
            passage.commentSourceId = ids.first();
            passage.position = TextPositionSelector{0, 3};
            passage.quote.exact =
                store->threads().annotatableText(annotated, ids.first())->value().left(3);
            passage.note = QStringLiteral("a note that must survive");
            passage.tags = {QStringLiteral("crash/kept"), QStringLiteral("durable")};
            QVERIFY(annotations.create(passage).ok());
            Annotation whole;
            whole.threadId = annotated;
            whole.commentSourceId = ids.at(1);
            whole.tags = {QStringLiteral("crash/whole")};
            QVERIFY(annotations.create(whole).ok());
            QVERIFY(store->notes().save(annotated, QStringLiteral("# Notes\nkept")).ok());
            ThreadViewState state;
            state.focused = ids.last();
            QVERIFY(store->threads().saveViewState(annotated, state).ok());
            SqliteDatabase raw(store->path());
            m_baselineOthers = dumpOthers(raw);
        } // closed: checkpointed, no -wal left to copy
        QVERIFY(!QFileInfo::exists(m_baseline + QStringLiteral("-wal")));
        QVERIFY(m_baselineOthers.size() > 10);

        // An import left alone: the whole thread, how long it takes, how big its log grows.
        const QString reference = path(QStringLiteral("reference.sqlite"));
        QVERIFY(copyBaseline(reference));
        QProcess child;
        QElapsedTimer timer;
        timer.start();
        startImport(child, reference, m_bigFile);
        QVERIFY(child.waitForStarted());
        while (!child.waitForFinished(2))
            m_maxWalBytes = qMax(m_maxWalBytes, QFileInfo(reference + QStringLiteral("-wal")).size());
        m_importMs = timer.elapsed();
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        auto store = Library::open(reference).value();
        SqliteDatabase raw(store->path());
        m_wholeThread = generatedThreadState(raw);
        QVERIFY(m_wholeThread != QLatin1String("absent"));
        qInfo("uninterrupted import: %lld ms, write-ahead log up to %lld bytes, %s", m_importMs,
              m_maxWalBytes, qPrintable(m_wholeThread.section(QLatin1Char(','), 0, 0)));
        QVERIFY(m_maxWalBytes > 0);
    }

    void killedAtRandomPointsLeavesNothingOrTheWholeThread()
    {
        QRandomGenerator random(9); // seeded: the same kill points every run
        QMap<QString, int> outcomes;
        int killed = 0;
        for (int trial = 0; trial < timedTrials + walTrials; ++trial) {
            const QString library = path(QStringLiteral("trial-%1.sqlite").arg(trial));
            QVERIFY(copyBaseline(library));
            QProcess child;
            QElapsedTimer timer;
            startImport(child, library, m_bigFile);
            timer.start();
            QVERIFY(child.waitForStarted());
            if (trial < timedTrials) {
                // Spread over the whole import (and a little past it), one stratum each.
                const double at = (trial + random.generateDouble()) / timedTrials * 1.1;
                const qint64 killAt = qint64(at * double(m_importMs));
                while (timer.elapsed() < killAt && !child.waitForFinished(1)) {
                }
            } else {
                // Inside the transaction: once the log holds a random share of its final size.
                const qint64 walBytes = 1 + qint64(random.generateDouble() * double(m_maxWalBytes - 1));
                const QString wal = library + QStringLiteral("-wal");
                while (QFileInfo(wal).size() < walBytes && !child.waitForFinished(1)) {
                }
            }
            if (child.state() != QProcess::NotRunning) {
                child.kill(); // SIGKILL: no destructors, no rollback, no checkpoint
                ++killed;
                QVERIFY(child.waitForFinished(30000));
            }
            checkLibrary(library, trial, outcomes);
            if (QTest::currentTestFailed())
                return;
            QFile::remove(library);
            QFile::remove(library + QStringLiteral("-wal"));
            QFile::remove(library + QStringLiteral("-shm"));
        }
        qInfo("%d of %d imports killed; the library held nothing of the thread %d times, all of it %d times",
              killed, timedTrials + walTrials, outcomes.value(QStringLiteral("nothing")),
              outcomes.value(QStringLiteral("whole")));
        // Most kills must land while the import runs, or the test proves little.
        QVERIFY(killed >= (timedTrials + walTrials) / 2);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
