// Re-importing a saved old.reddit.com page merges into the stored copy; the thread and its
// comments carry Reddit's own ids, so a Reddit JSON save of the same thread merges too.

#include "import/importerregistry.h"
#include "library/libraryimporter.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Scholia;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/oldreddit/") + name;
}

} // namespace

class TestOldRedditReimport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    const ImporterRegistry m_registry = ImporterRegistry::withAllFormats();

    std::unique_ptr<Library> freshStore()
    {
        return std::move(
            Library::open(m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(++m_counter)))
                .value());
    }

private slots:
    void sameFileTwiceChangesNothing()
    {
        auto store = freshStore();
        LibraryImporter importer(m_registry, *store);
        const FileImportResult first = importer.importFile(fixture("thread.html"));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error->toString()));
        QCOMPARE(first.format, QStringLiteral("old-reddit-html"));
        const qint64 id = first.threads.at(0).threadId;
        const ThreadDocument before = store->threads().loadThread(id).value();
        QCOMPARE(before.comments.size(), size_t(17));
        const FileImportResult again = importer.importFile(fixture("thread.html"));
        QVERIFY(again.ok());
        QVERIFY(again.threads[0].merged);
        QCOMPARE(again.threads[0].threadId, id);
        QCOMPARE(store->threads().threadCount().value(), 1);
        QVERIFY(store->threads().loadThread(id).value() == before);
    }

    void newerSaveMergesEditsAdditionsAndKeepsVanished()
    {
        auto store = freshStore();
        LibraryImporter importer(m_registry, *store);
        const qint64 id = importer.importFile(fixture("thread.html")).threads.at(0).threadId;
        const FileImportResult again = importer.importFile(fixture("thread-resaved.html"));
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error->toString()));
        QCOMPARE(again.threads[0].threadId, id);
        QVERIFY(again.threads[0].merged);
        QCOMPARE(store->threads().threadCount().value(), 1);

        const ThreadDocument merged = store->threads().loadThread(id).value();
        // k003 edited, k016 added under k012, k010 gone from the new save but kept in place.
        const Comment *edited = merged.findComment("k003");
        QVERIFY(edited);
        QVERIFY2(edited->bodyText.contains(QStringLiteral("Edit 2")), qPrintable(edited->bodyText));
        QVERIFY(edited->inLatestSave);
        const Comment *added = merged.findComment("k016");
        QVERIFY(added);
        QVERIFY(added->inLatestSave);
        QCOMPARE(merged.comments[size_t(added->parent)].sourceId, QStringLiteral("k012"));
        const Comment *vanished = merged.findComment("k010");
        QVERIFY(vanished);
        QVERIFY(!vanished->inLatestSave);
        QCOMPARE(merged.comments[size_t(vanished->parent)].sourceId, QStringLiteral("k009"));
        QVERIFY(merged.findComment("k001")->inLatestSave);
        QCOMPARE(merged.score, std::optional<qint64>(131));
    }

    // Reddit JSON names the thread and its comments by the same bare ids.
    void redditJsonOfTheSameThreadMerges()
    {
        auto store = freshStore();
        LibraryImporter importer(m_registry, *store);
        const qint64 id = importer.importFile(fixture("thread.html")).threads.at(0).threadId;
        const QString json = m_dir.filePath(QStringLiteral("1abcde.json"));
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"([{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {
            "id": "1abcde", "name": "t3_1abcde", "title": "Tape vs. disk in 2024",
            "author": "zoe_archivist", "subreddit": "DataHoarder",
            "permalink": "/r/DataHoarder/comments/1abcde/tape_vs_disk_in_2024/",
            "is_self": true, "selftext": "", "created_utc": 1709287200.0, "score": 140}}]}},
          {"kind": "Listing", "data": {"children": [{"kind": "t1", "data": {
            "id": "k001", "name": "t1_k001", "parent_id": "t3_1abcde", "author": "alice",
            "body": "Fish", "body_html": "&lt;p&gt;Fish &amp;amp; chips&lt;/p&gt;",
            "score": 44, "created_utc": 1709287500.0, "edited": false,
            "permalink": "/r/DataHoarder/comments/1abcde/tape_vs_disk_in_2024/k001/"}}]}}])");
        file.close();
        const FileImportResult again = importer.importFile(json);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error->toString()));
        QCOMPARE(again.format, QStringLiteral("reddit-json"));
        QVERIFY(again.threads[0].merged);
        QCOMPARE(again.threads[0].threadId, id);
        QCOMPARE(store->threads().threadCount().value(), 1);
        const ThreadDocument merged = store->threads().loadThread(id).value();
        QVERIFY(merged.findComment("k001")->inLatestSave);
        QCOMPARE(merged.findComment("k001")->score, std::optional<qint64>(44));
        QVERIFY(!merged.findComment("k002")->inLatestSave);

        // An unrelated Reddit thread stays a thread of its own.
        const FileImportResult other =
            importer.importFile(QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/small-thread.json"));
        QVERIFY(other.ok());
        QVERIFY(!other.threads[0].merged);
        QCOMPARE(store->threads().threadCount().value(), 2);
    }

    void brokenFileImportsNothing()
    {
        auto store = freshStore();
        const FileImportResult result =
            LibraryImporter(m_registry, *store).importFile(fixture("not-a-comments-page.html"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error->format, QStringLiteral("old-reddit-html"));
        QVERIFY(result.error->message.contains(QStringLiteral("no div.thing.link found")));
        QCOMPARE(store->threads().threadCount().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOldRedditReimport)
#include "tst_oldredditreimport.moc"
