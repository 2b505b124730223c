// Re-importing an mbox merges into the stored threads: nothing changes for the same file;
// an edited, an added and a vanished message are updated, added, and kept but marked.

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
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/mbox/") + name;
}

} // namespace

class TestMboxReimport : public QObject
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
    void sameFileTwiceChangesNothing()
    {
        auto store = freshStore();
        LibraryImporter importer(m_registry, *store);
        const FileImportResult first = importer.importFile(fixture("list-thread.mbox"));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error->toString()));
        QCOMPARE(first.format, QStringLiteral("mbox"));
        QCOMPARE(first.threads.size(), size_t(2));
        QCOMPARE(first.threads[0].comments, 5);
        std::vector<ThreadDocument> before;
        for (const ImportedThread &thread : first.threads)
            before.push_back(store->threads().loadThread(thread.threadId).value());

        const FileImportResult again = importer.importFile(fixture("list-thread.mbox"));
        QVERIFY(again.ok());
        QCOMPARE(store->threads().threadCount().value(), 2);
        for (size_t i = 0; i < again.threads.size(); ++i) {
            QVERIFY(again.threads[i].merged);
            QCOMPARE(again.threads[i].threadId, first.threads[i].threadId);
            QVERIFY(store->threads().loadThread(again.threads[i].threadId).value() == before[i]);
        }
    }

    void newerSaveMergesEditsAdditionsAndKeepsVanished()
    {
        auto store = freshStore();
        LibraryImporter importer(m_registry, *store);
        const qint64 id = importer.importFile(fixture("reimport.mbox")).threads.at(0).threadId;
        const FileImportResult again = importer.importFile(fixture("reimport-resaved.mbox"));
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error->toString()));
        QCOMPARE(again.threads.size(), size_t(1));
        QCOMPARE(again.threads[0].threadId, id);
        QVERIFY(again.threads[0].merged);
        QCOMPARE(store->threads().threadCount().value(), 1);

        const ThreadDocument merged = store->threads().loadThread(id).value();
        QCOMPARE(merged.findComment("c2@example.org")->bodyText,
                 QStringLiteral("Second reply, edited."));
        const Comment *added = merged.findComment("c4@example.org");
        QVERIFY(added);
        QCOMPARE(merged.comments[size_t(added->parent)].sourceId, QStringLiteral("c1@example.org"));
        const Comment *vanished = merged.findComment("c3@example.org");
        QVERIFY(vanished);
        QVERIFY(!vanished->inLatestSave);
        QVERIFY(merged.findComment("c1@example.org")->inLatestSave);
        QCOMPARE(merged.comments.size(), size_t(4));
    }
};

QTEST_GUILESS_MAIN(TestMboxReimport)
#include "tst_mboxreimport.moc"
