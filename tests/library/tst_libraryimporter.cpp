#include "import/importerregistry.h"
#include "library/libraryimporter.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Scholia;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/") + name;
}

} // namespace

class TestLibraryImporter : public QObject
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
    const ImporterRegistry m_registry = ImporterRegistry::withAllFormats();

private slots:
    void importsAFile()
    {
        auto store = freshStore();
        const FileImportResult result =
            LibraryImporter(m_registry, *store).importFile(fixture("small-thread.json"));
        QVERIFY(result.ok());
        QCOMPARE(result.format, QStringLiteral("reddit-json"));
        QCOMPARE(result.threads.size(), size_t(1));
        QCOMPARE(result.threads[0].comments, 7);
        QVERIFY(!result.threads[0].merged);
        QCOMPARE(store->threads().threadCount().value(), 1);
    }

    void sameFileTwiceChangesNothing()
    {
        auto store = freshStore();
        LibraryImporter importer(m_registry, *store);
        const qint64 id = importer.importFile(fixture("small-thread.json")).threads.at(0).threadId;
        const ThreadDocument before = store->threads().loadThread(id).value();
        const FileImportResult again = importer.importFile(fixture("small-thread.json"));
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
        const qint64 id = importer.importFile(fixture("small-thread.json")).threads.at(0).threadId;
        const FileImportResult again = importer.importFile(fixture("small-thread-resaved.json"));
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error->toString()));
        QCOMPARE(again.threads[0].threadId, id);
        QCOMPARE(store->threads().threadCount().value(), 1);

        const ThreadDocument merged = store->threads().loadThread(id).value();
        // c2 edited, c8 added under c3, c6 gone from the new save but kept in place.
        QCOMPARE(merged.findComment("c2")->bodyText, QStringLiteral("I changed my mind: dogs."));
        const Comment *added = merged.findComment("c8");
        QVERIFY(added);
        QCOMPARE(merged.comments[size_t(added->parent)].sourceId, QStringLiteral("c3"));
        const Comment *vanished = merged.findComment("c6");
        QVERIFY(vanished);
        QVERIFY(!vanished->inLatestSave);
        QStringList ids;
        for (const Comment &c : merged.comments)
            ids << c.sourceId;
        QCOMPARE(ids, QStringList({"c1", "c2", "c3", "c8", "more:c1", "c4", "c5", "c6", "c7",
                                   "more:abc123"}));
        QCOMPARE(ids.removeDuplicates(), 0);
    }

    void brokenFileImportsNothing()
    {
        auto store = freshStore();
        const FileImportResult result =
            LibraryImporter(m_registry, *store).importFile(fixture("missing-parent.json"));
        QVERIFY(!result.ok());
        QVERIFY(result.threads.empty());
        QCOMPARE(result.error->format, QStringLiteral("reddit-json"));
        QCOMPARE(store->threads().threadCount().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLibraryImporter)
#include "tst_libraryimporter.moc"
