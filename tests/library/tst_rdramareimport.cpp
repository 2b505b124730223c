// Re-importing a saved rDrama-family page merges into the stored copy.

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
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/rdrama/") + name;
}

} // namespace

class TestRdramaReimport : public QObject
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
        const FileImportResult first = importer.importFile(fixture(QStringLiteral("page.html")));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error->toString()));
        QCOMPARE(first.format, QStringLiteral("rdrama-html"));
        QCOMPARE(first.threads.at(0).comments, 16);
        const qint64 id = first.threads.at(0).threadId;
        const ThreadDocument before = store->threads().loadThread(id).value();
        const FileImportResult again = importer.importFile(fixture(QStringLiteral("page.html")));
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
        const qint64 id =
            importer.importFile(fixture(QStringLiteral("page.html"))).threads.at(0).threadId;
        const ThreadDocument before = store->threads().loadThread(id).value();
        const FileImportResult again =
            importer.importFile(fixture(QStringLiteral("page-resaved.html")));
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error->toString()));
        QCOMPARE(again.threads[0].threadId, id);
        QVERIFY(again.threads[0].merged);
        QCOMPARE(store->threads().threadCount().value(), 1);

        const ThreadDocument merged = store->threads().loadThread(id).value();
        // 106 edited, 117 added under 101, 116 gone from the new save but kept.
        QVERIFY(before.findComment("106")->bodyText.contains(QStringLiteral("Agreed, mostly.")));
        QVERIFY2(
            merged.findComment("106")->bodyText.contains(QStringLiteral("edited after reading")),
            qPrintable(merged.findComment("106")->bodyText));
        QVERIFY(merged.findComment("106")->inLatestSave);
        const Comment *added = merged.findComment("117");
        QVERIFY(added);
        QVERIFY(added->inLatestSave);
        QCOMPARE(merged.comments[size_t(added->parent)].sourceId, QStringLiteral("101"));
        const Comment *vanished = merged.findComment("116");
        QVERIFY(vanished);
        QVERIFY(!vanished->inLatestSave);
        QCOMPARE(vanished->parent, -1);
        QVERIFY(merged.findComment("101")->inLatestSave);
        QCOMPARE(merged.findComment("107")->state, CommentState::Deleted);
    }

    void brokenFileImportsNothing()
    {
        auto store = freshStore();
        const FileImportResult result =
            LibraryImporter(m_registry, *store)
                .importFile(fixture(QStringLiteral("broken.html")), QStringLiteral("rdrama-html"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error->format, QStringLiteral("rdrama-html"));
        QVERIFY2(result.error->message.contains(QStringLiteral("no rDrama comment markup found")),
                 qPrintable(result.error->toString()));
        QCOMPARE(store->threads().threadCount().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRdramaReimport)
#include "tst_rdramareimport.moc"
