// Re-importing a Hacker News thread merges into the stored copy, whichever save it is.

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
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/hackernews/") + name;
}

} // namespace

class TestHackerNewsReimport : public QObject
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
    void sameFileTwiceChangesNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("hn-items") << "items-lines.jsonl";
        QTest::newRow("hn-algolia") << "algolia-item.json";
        QTest::newRow("hnpwa") << "hnpwa-item.json";
        QTest::newRow("hn-html") << "html-item.html";
    }
    void sameFileTwiceChangesNothing()
    {
        QFETCH(QString, file);
        auto store = freshStore();
        LibraryImporter importer(m_registry, *store);
        const FileImportResult first = importer.importFile(fixture(file));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error->toString()));
        const qint64 id = first.threads.at(0).threadId;
        const ThreadDocument before = store->threads().loadThread(id).value();
        const FileImportResult again = importer.importFile(fixture(file));
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
        const qint64 id = importer.importFile(fixture("items-lines.jsonl")).threads.at(0).threadId;
        const FileImportResult again = importer.importFile(fixture("items-lines-resaved.jsonl"));
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error->toString()));
        QCOMPARE(again.threads[0].threadId, id);
        QVERIFY(again.threads[0].merged);
        QCOMPARE(store->threads().threadCount().value(), 1);

        const ThreadDocument merged = store->threads().loadThread(id).value();
        // 8001 edited, 8007 added under 8001, 8004 gone from the new save but kept in place.
        QCOMPARE(merged.findComment("8001")->bodyText, QStringLiteral("Fish & chips, edited"));
        const Comment *added = merged.findComment("8007");
        QVERIFY(added);
        QCOMPARE(merged.comments[size_t(added->parent)].sourceId, QStringLiteral("8001"));
        const Comment *vanished = merged.findComment("8004");
        QVERIFY(vanished);
        QVERIFY(!vanished->inLatestSave);
        QCOMPARE(merged.comments[size_t(vanished->parent)].sourceId, QStringLiteral("8002"));
        QVERIFY(merged.findComment("8001")->inLatestSave);
        QCOMPARE(merged.score, std::optional<qint64>(120));
    }

    // Every variant names the thread by the story's item id, so they merge with each other.
    void anotherVariantOfTheSameStoryMerges()
    {
        auto store = freshStore();
        LibraryImporter importer(m_registry, *store);
        const qint64 id = importer.importFile(fixture("items-lines.jsonl")).threads.at(0).threadId;
        const QString algolia = m_dir.filePath(QStringLiteral("algolia-8000.json"));
        QFile file(algolia);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"id\": 8000, \"created_at_i\": 1175714200, \"type\": \"story\", \"author\": "
                   "\"zo\u00eb\", "
                   "\"title\": \"My YC app\", \"points\": 130, \"story_id\": 8000, \"children\": ["
                   "{\"id\": 8001, \"created_at_i\": 1175714300, \"type\": \"comment\", "
                   "\"author\": \"alice\", "
                   "\"text\": \"Fish &amp; chips &lt;3 <i>always</i>\", \"parent_id\": 8000, "
                   "\"story_id\": 8000, "
                   "\"children\": []}]}");
        file.close();
        const FileImportResult again = importer.importFile(algolia);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error->toString()));
        QCOMPARE(again.format, QStringLiteral("hn-algolia"));
        QVERIFY(again.threads[0].merged);
        QCOMPARE(again.threads[0].threadId, id);
        QCOMPARE(store->threads().threadCount().value(), 1);
        const ThreadDocument merged = store->threads().loadThread(id).value();
        QVERIFY(merged.findComment("8001")->inLatestSave);
        QVERIFY(!merged.findComment("8004")->inLatestSave);
        QCOMPARE(merged.score, std::optional<qint64>(130));
    }

    void brokenFileImportsNothing()
    {
        auto store = freshStore();
        const FileImportResult result =
            LibraryImporter(m_registry, *store).importFile(fixture("items-broken.jsonl"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error->format, QStringLiteral("hn-items"));
        QCOMPARE(store->threads().threadCount().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHackerNewsReimport)
#include "tst_hackernewsreimport.moc"
