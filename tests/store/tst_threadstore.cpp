#include "import/importsource.h"
#include "import/reddit/redditjsonimporter.h"
#include "store/library.h"
#include "store/schemamigrator.h"
#include "store/threadstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sqlite3.h>

using namespace Scholia;

namespace {

ThreadDocument fixtureThread(const QString &name)
{
    auto source = ImportSource::readFile(QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/") + name);
    return RedditJsonImporter().parse(*source).value().front();
}

// A second, plain connection: the test looks at the file the way any SQLite tool would.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path) { sqlite3_open(path.toUtf8().constData(), &m_db); }
    ~RawDatabase() { sqlite3_close(m_db); }
    qint64 integer(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
        qint64 value = -1;
        if (sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return value;
    }
    QString text(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
        QString value;
        if (sqlite3_step(statement) == SQLITE_ROW)
            value = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
        return value;
    }
    bool execute(const char *sql)
    {
        return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace

class TestThreadStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("library-%1.sqlite").arg(++m_counter));
    }

private slots:
    void opensANewLibraryAtTheLatestSchema()
    {
        const QString path = freshPath();
        auto store = Library::open(path);
        QVERIFY(store.ok());
        QCOMPARE((*store)->schemaVersion(), SchemaMigrator::latestVersion());
        RawDatabase raw(path);
        QCOMPARE(raw.text("PRAGMA journal_mode"), QStringLiteral("wal"));
        for (const char *table : {"threads", "comments", "annotations", "tags", "annotation_tags",
                                  "thread_tags", "thread_notes", "comments_fts"}) {
            const QByteArray sql =
                QByteArray("SELECT count(*) FROM sqlite_master WHERE name = '") + table + "'";
            QVERIFY2(raw.integer(sql.constData()) == 1, table);
        }
    }

    void refusesALibraryFromANewerScholia()
    {
        const QString path = freshPath();
        {
            RawDatabase raw(path);
            QVERIFY(raw.execute("PRAGMA user_version = 999"));
        }
        auto store = Library::open(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().message.contains(QStringLiteral("newer than this Scholia")),
                 qPrintable(store.error().message));
        RawDatabase raw(path);
        QCOMPARE(raw.integer("PRAGMA user_version"), qint64(999));
    }

    void saveThenLoadGivesAnEqualDocument()
    {
        auto store = Library::open(freshPath());
        QVERIFY(store.ok());
        const ThreadDocument doc = fixtureThread(QStringLiteral("small-thread.json"));
        auto id = (*store)->threads().saveThread(doc);
        QVERIFY(id.ok());
        auto loaded = (*store)->threads().loadThread(*id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->comments.size(), doc.comments.size());
        for (size_t i = 0; i < doc.comments.size(); ++i)
            QVERIFY2(loaded->comments[i] == doc.comments[i], qPrintable(doc.comments[i].sourceId));
        QVERIFY(*loaded == doc);

        auto threads = (*store)->threads().listThreads();
        QVERIFY(threads.ok());
        QCOMPARE(threads->size(), size_t(1));
        QCOMPARE(threads->front().commentCount, 7);
        QCOMPARE(threads->front().title, doc.title);
    }

    // A thread's first save counts its unread comments from what it wrote, not from the
    // rows (ThreadStore::recordFirstSave); a source id given twice makes one row of two
    // comments, and the counts must still be the rows'.
    void firstSaveCountsAreTheRowsCounts()
    {
        const QString path = freshPath();
        auto store = Library::open(path);
        QVERIFY(store.ok());
        const ThreadDocument plain = fixtureThread(QStringLiteral("small-thread.json"));
        ThreadDocument repeated = plain;
        repeated.sourceId = QStringLiteral("repeated");
        QVERIFY(repeated.comments.size() > 2);
        repeated.comments.back().sourceId = repeated.comments.front().sourceId;
        QVERIFY((*store)->threads().saveThreads({plain, repeated}).ok());

        RawDatabase raw(path);
        const auto threads = (*store)->threads().listThreads().value();
        QCOMPARE(threads.size(), size_t(2));
        for (const ThreadSummary &thread : threads) {
            const QByteArray where = "FROM comments c JOIN threads t ON t.id = c.thread_id "
                                     "WHERE t.id = " +
                                     QByteArray::number(thread.id);
            const auto count = [&](const char *condition) {
                return raw.integer(("SELECT count(*) " + where + condition).constData());
            };
            QCOMPARE(qint64(thread.unreadCount),
                     count(" AND c.read_at IS NULL AND c.more_count IS NULL"));
            QCOMPARE(thread.newCount, 0); // a first save: the reader has seen it
            QCOMPARE(count(" AND c.first_save_id IS NULL"), qint64(0));
        }
        QCOMPARE(qint64(threads[0].unreadCount + threads[1].unreadCount),
                 qint64(2 * plain.realCommentCount() - 1));
    }

    // A big thread's page reads every comment's outline (no texts) and only its first
    // comments whole; the save id its chunk URLs carry changes with each save.
    void outlineHasEveryCommentAndStartTheFirstTexts()
    {
        auto store = Library::open(freshPath());
        QVERIFY(store.ok());
        const ThreadDocument doc = fixtureThread(QStringLiteral("small-thread.json"));
        QVERIFY(std::any_of(doc.comments.begin(), doc.comments.end(),
                            [](const Comment &c) { return c.isPlaceholder(); }));
        const qint64 id = (*store)->threads().saveThread(doc).value();
        const ThreadOutline outline = (*store)->threads().loadOutline(id).value();
        QCOMPARE(outline.size(), doc.comments.size());
        QCOMPARE(outline.realCommentCount(), doc.realCommentCount());
        for (size_t i = 0; i < doc.comments.size(); ++i) {
            const Comment &c = doc.comments[i];
            QCOMPARE(outline.ids[i], c.sourceId);
            QCOMPARE(outline.parents[i], c.parent);
            QCOMPARE(outline.depths[i], c.depth);
            QCOMPARE(bool(outline.placeholders[i]), c.isPlaceholder());
            // In characters (SQLite's length()): a character outside the BMP counts once.
            QCOMPARE(outline.textLengths[i], qsizetype(c.bodyText.toUcs4().size()));
        }
        QVERIFY((*store)->threads().loadOutline(id + 100).value().size() == 0);
        const ThreadDocument start = (*store)->threads().loadThreadStart(id, 3).value();
        QCOMPARE(start.title, doc.title);
        QCOMPARE(start.comments.size(), size_t(3));
        for (size_t i = 0; i < 3; ++i)
            QVERIFY(start.comments[i] == doc.comments[i]);
        QVERIFY(!(*store)->threads().loadThreadStart(id + 100, 3).ok());
        const qint64 firstSave = (*store)->threads().latestSaveId(id).value();
        QVERIFY(firstSave > 0);
        QVERIFY((*store)->threads().saveThread(doc).ok());
        QVERIFY((*store)->threads().latestSaveId(id).value() > firstSave);
        const QString texts = (*store)->threads().commentTexts(id).value();
        QCOMPARE(texts.count(QChar(0x1e)), qsizetype(doc.comments.size()));
        QVERIFY(texts.startsWith(doc.comments[0].sourceId + QChar(0x1f) + doc.comments[0].bodyText + QChar(0x1e)));
    }

    void whatASaveLacksIsKeptWithItsThread()
    {
        auto store = Library::open(freshPath());
        QVERIFY(store.ok());
        ThreadDocument doc = fixtureThread(QStringLiteral("small-thread.json"));
        doc.gaps.missingComments = 17;
        doc.gaps.uncountedGaps = 2;
        doc.gaps.siteTotal = 24;
        doc.gaps.missingIds = QStringList{QStringLiteral("only-for-a-merge")};
        const qint64 id = (*store)->threads().saveThread(doc).value();
        const ThreadDocument loaded = (*store)->threads().loadThread(id).value();
        QCOMPARE(loaded.gaps.missingComments, 17);
        QCOMPARE(loaded.gaps.uncountedGaps, 2);
        QCOMPARE(loaded.gaps.siteTotal, std::optional<int>(24));
        QVERIFY(loaded.gaps.missingIds.isEmpty());
        QCOMPARE((*store)->threads().listThreads()->front().gaps, doc.gaps);

        // A whole save of the same thread clears it.
        doc.gaps = SaveGaps();
        QCOMPARE((*store)->threads().saveThread(doc).value(), id);
        QVERIFY((*store)->threads().loadThread(id)->gaps.isWhole());
        QVERIFY(!(*store)->threads().loadThread(id)->gaps.siteTotal.has_value());
        QVERIFY((*store)->threads().listThreads()->front().gaps.isWhole());
    }

    void resavingUpdatesInPlace()
    {
        const QString path = freshPath();
        auto store = Library::open(path);
        QVERIFY(store.ok());
        ThreadDocument doc = fixtureThread(QStringLiteral("small-thread.json"));
        const qint64 id = (*store)->threads().saveThread(doc).value();
        RawDatabase raw(path);
        const qint64 rowOfC2 = raw.integer("SELECT id FROM comments WHERE source_id = 'c2'");

        doc.comments[1].bodyText = QStringLiteral("dogs, definitely");
        doc.comments[1].bodyHtml = QStringLiteral("dogs, definitely");
        doc.title = QStringLiteral("Renamed");
        QCOMPARE((*store)->threads().saveThread(doc).value(), id);

        QCOMPARE(raw.integer("SELECT count(*) FROM threads"), qint64(1));
        QCOMPARE(raw.integer("SELECT count(*) FROM comments"), qint64(doc.comments.size()));
        QCOMPARE(raw.integer("SELECT id FROM comments WHERE source_id = 'c2'"), rowOfC2);
        QCOMPARE((*store)->threads().loadThread(id)->comments[1].bodyText,
                 QStringLiteral("dogs, definitely"));
        QCOMPARE((*store)->threads().loadThread(id)->title, QStringLiteral("Renamed"));
    }

    void fullTextIndexFollowsEdits()
    {
        const QString path = freshPath();
        auto store = Library::open(path);
        ThreadDocument doc = fixtureThread(QStringLiteral("small-thread.json"));
        (*store)->threads().saveThread(doc).value();
        RawDatabase raw(path);
        QCOMPARE(raw.integer("SELECT count(*) FROM comments_fts WHERE comments_fts MATCH 'chips'"),
                 qint64(1));
        QCOMPARE(raw.integer("SELECT count(*) FROM comments_fts WHERE comments_fts MATCH 'zurich'"),
                 qint64(1)); // diacritics folded

        doc.comments[0].bodyText = QStringLiteral("mushy peas");
        (*store)->threads().saveThread(doc).value();
        QCOMPARE(raw.integer("SELECT count(*) FROM comments_fts WHERE comments_fts MATCH 'chips'"),
                 qint64(0));
        QCOMPARE(raw.integer("SELECT count(*) FROM comments_fts WHERE comments_fts MATCH 'peas'"),
                 qint64(1));
        QVERIFY(raw.execute("INSERT INTO comments_fts(comments_fts) VALUES('integrity-check')"));
    }

    void failedSaveLeavesTheLibraryAsItWas()
    {
        const QString path = freshPath();
        auto store = Library::open(path);
        const ThreadDocument first = fixtureThread(QStringLiteral("small-thread.json"));
        (*store)->threads().saveThread(first).value();

        // Make SQLite itself fail halfway through the next save: the sixth comment row
        // of the second thread aborts the statement.
        RawDatabase raw(path);
        QVERIFY(raw.execute("CREATE TRIGGER fail_midway BEFORE INSERT ON comments "
                            "WHEN new.source_id = 'c5' AND new.thread_id <> 1 "
                            "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
        const qint64 threadsBefore = raw.integer("SELECT count(*) FROM threads");
        const qint64 commentsBefore = raw.integer("SELECT count(*) FROM comments");
        const qint64 indexedBefore =
            raw.integer("SELECT count(*) FROM comments_fts WHERE comments_fts MATCH 'replying'");

        ThreadDocument second = first;
        second.sourceId = QStringLiteral("other");
        auto result = (*store)->threads().saveThread(second);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QStringLiteral("injected failure")),
                 qPrintable(result.error().message));

        QCOMPARE(raw.integer("SELECT count(*) FROM threads"), threadsBefore);
        QCOMPARE(raw.integer("SELECT count(*) FROM comments"), commentsBefore);
        QCOMPARE(
            raw.integer("SELECT count(*) FROM comments_fts WHERE comments_fts MATCH 'replying'"),
            indexedBefore);
        QCOMPARE(raw.text("PRAGMA integrity_check"), QStringLiteral("ok"));

        // The store is still usable after the failure.
        QVERIFY(raw.execute("DROP TRIGGER fail_midway"));
        QVERIFY((*store)->threads().saveThread(second).ok());
        QCOMPARE(raw.integer("SELECT count(*) FROM threads"), threadsBefore + 1);
    }

    void cancelledSaveLeavesNothing()
    {
        const QString path = freshPath();
        auto store = Library::open(path);
        std::atomic<bool> cancel = true;
        auto result = (*store)->threads().saveThreads(
            {fixtureThread(QStringLiteral("small-thread.json"))}, &cancel);
        QVERIFY(!result.ok());
        QVERIFY(result.error().cancelled);
        RawDatabase raw(path);
        QCOMPARE(raw.integer("SELECT count(*) FROM threads"), qint64(0));
        QCOMPARE(raw.integer("SELECT count(*) FROM comments"), qint64(0));
        cancel = false;
        QVERIFY((*store)
                    ->threads()
                    .saveThreads({fixtureThread(QStringLiteral("small-thread.json"))}, &cancel)
                    .ok());
    }

    void viewStateRoundTripsAndFollowsTheThread()
    {
        const QString path = freshPath();
        auto store = Library::open(path);
        const qint64 id = (*store)
                              ->threads()
                              .saveThread(fixtureThread(QStringLiteral("small-thread.json")))
                              .value();
        QCOMPARE((*store)->threads().loadViewState(id).value(), ThreadViewState());
        const ThreadViewState state{{QStringLiteral("c1"), QStringLiteral("c4")},
                                    QStringLiteral("c5")};
        QVERIFY((*store)->threads().saveViewState(id, state).ok());
        QCOMPARE((*store)->threads().loadViewState(id).value(), state);
        const ThreadViewState cleared{{}, {}};
        QVERIFY((*store)->threads().saveViewState(id, cleared).ok());
        QCOMPARE((*store)->threads().loadViewState(id).value(), cleared);
        QVERIFY((*store)->threads().hasComment(id, QStringLiteral("c5")).value());
        QVERIFY(!(*store)->threads().hasComment(id, QStringLiteral("zz")).value());
        QVERIFY(!(*store)->threads().saveViewState(999, state).ok()); // no such thread: refused by
                                                                      // the foreign key
    }

    void migratesFromVersionOne()
    {
        // A library as version 1 left it: the v1 tables, user_version 1, a thread in it.
        const QString path = freshPath();
        {
            auto store = Library::open(path);
            (*store)
                ->threads()
                .saveThread(fixtureThread(QStringLiteral("small-thread.json")))
                .value();
        }
        {
            RawDatabase raw(path);
            // Later versions' additions go too (v2's view state, v4's save gaps, v5's uuids
            // and links, v6's saves, versions and read state); v3's indexes are dropped and
            // rebuilt by its own step.
            QVERIFY(
                raw.execute("DROP TRIGGER comment_text_replaced; "
                            "DROP TRIGGER comment_text_kept_after_removal; "
                            "DROP TABLE comment_versions; DROP TABLE thread_saves; "
                            "ALTER TABLE comments DROP COLUMN text_save_id; "
                            "ALTER TABLE comments DROP COLUMN first_save_id; "
                            "ALTER TABLE comments DROP COLUMN missing_since_save_id; "
                            "ALTER TABLE comments DROP COLUMN kept_after_removal; "
                            "ALTER TABLE comments DROP COLUMN read_at; "
                            "ALTER TABLE threads DROP COLUMN seen_save_id; "
                            "ALTER TABLE threads DROP COLUMN unread_count; "
                            "ALTER TABLE threads DROP COLUMN new_count; "
                            "DROP TABLE thread_view_state; "
                            "DROP TRIGGER annotations_comment_linked; "
                            "DROP TRIGGER annotations_comment_moved; "
                            "DROP TRIGGER comments_annotations_unlinked; "
                            "DROP INDEX annotations_by_comment_id; "
                            "ALTER TABLE annotations DROP COLUMN comment_id; "
                            "DROP TABLE annotation_links; DROP TRIGGER annotations_uuid_filled; "
                            "DROP INDEX annotations_by_uuid; "
                            "ALTER TABLE annotations DROP COLUMN uuid; "
                            "ALTER TABLE threads DROP COLUMN missing_comments; "
                            "ALTER TABLE threads DROP COLUMN uncounted_gaps; "
                            "ALTER TABLE threads DROP COLUMN site_total; PRAGMA user_version = 1"));
        }
        auto store = Library::open(path);
        QVERIFY(store.ok());
        QCOMPARE((*store)->schemaVersion(), SchemaMigrator::latestVersion());
        QCOMPARE((*store)->threads().threadCount().value(), 1);
        QVERIFY((*store)->threads().saveViewState(1, {{QStringLiteral("c1")}, {}}).ok());
    }

    void deletingAThreadTakesEverythingOfItAndNothingElse()
    {
        const QString path = freshPath();
        auto store = Library::open(path);
        const qint64 keep = (*store)
                                ->threads()
                                .saveThread(fixtureThread(QStringLiteral("small-thread.json")))
                                .value();
        ThreadDocument other = fixtureThread(QStringLiteral("small-thread.json"));
        other.sourceId = QStringLiteral("other");
        const qint64 gone = (*store)->threads().saveThread(other).value();
        QVERIFY((*store)
                    ->threads()
                    .saveViewState(gone, {{QStringLiteral("c1")}, QStringLiteral("c2")})
                    .ok());
        RawDatabase raw(path);
        QVERIFY(raw.execute(QStringLiteral("INSERT INTO annotations (thread_id, comment_source_id, "
                                           "color, created_at, updated_at)"
                                           " VALUES (%1, 'c1', 'yellow', 0, 0)")
                                .arg(gone)
                                .toUtf8()
                                .constData()));
        const qint64 commentsOfKept =
            raw.integer(QStringLiteral("SELECT count(*) FROM comments WHERE thread_id = %1")
                            .arg(keep)
                            .toUtf8()
                            .constData());

        QVERIFY((*store)->threads().deleteThread(gone).ok());
        QCOMPARE(raw.integer("SELECT count(*) FROM threads"), qint64(1));
        QCOMPARE(raw.integer("SELECT count(*) FROM comments"), commentsOfKept);
        QCOMPARE(raw.integer("SELECT count(*) FROM annotations"), qint64(0));
        QCOMPARE(raw.integer("SELECT count(*) FROM thread_view_state"), qint64(0));
        QCOMPARE(raw.integer("SELECT count(*) FROM comments_fts WHERE comments_fts MATCH 'chips'"),
                 qint64(1));
        QVERIFY(raw.execute("INSERT INTO comments_fts(comments_fts) VALUES('integrity-check')"));
        QCOMPARE(raw.text("PRAGMA foreign_key_check"), QString());
        QVERIFY((*store)->threads().loadThread(keep).ok());
    }

    void loadingAMissingThreadIsAnError()
    {
        auto store = Library::open(freshPath());
        auto loaded = (*store)->threads().loadThread(42);
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().message.contains(QStringLiteral("no thread 42")));
    }

    void unopenablePathIsAnError()
    {
        auto store = Library::open(QStringLiteral("/proc/no/such/dir/library.sqlite"));
        QVERIFY(!store.ok());
        QVERIFY(!store.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestThreadStore)
#include "tst_threadstore.moc"
