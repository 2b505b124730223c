#include "import/importerregistry.h"
#include "library/libraryimporter.h"
#include "store/library.h"
#include "store/searchengine.h"
#include "store/searchquery.h"
#include "store/threadstore.h"

#include <QFile>
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

    // The source ids of the comments a search finds.
    static QStringList commentsFound(Library &library, const QString &words)
    {
        const auto page = library.search().search(SearchQueryParser::parse(words).value(), 0, 50);
        QStringList ids;
        for (const SearchHit &hit : page.value().hits) {
            if (hit.kind == SearchHit::Kind::Comment)
                ids << hit.commentSourceId;
        }
        return ids;
    }
    // small-thread.json with one word of its first comment replaced.
    QString changedCopy(const QByteArray &from, const QByteArray &to)
    {
        QFile original(fixture("small-thread.json"));
        if (!original.open(QIODevice::ReadOnly))
            qFatal("no fixture");
        QByteArray json = original.readAll();
        json.replace(from, to);
        const QString path = m_dir.filePath(QStringLiteral("changed-%1.json").arg(++m_counter));
        QFile copy(path);
        if (!copy.open(QIODevice::WriteOnly) || copy.write(json) != json.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

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

    // Schema v7 indexes a thread's new rows after writing them: the streamed way as well
    // as a re-import's merge, and a changed text replaces the old words in the index.
    void searchFindsStreamedAndReimportedComments()
    {
        auto store = freshStore();
        LibraryImporter importer(m_registry, *store);
        QVERIFY(importer.importFile(fixture("small-thread.json")).ok());
        QCOMPARE(commentsFound(*store, QStringLiteral("chips")), QStringList{QStringLiteral("c1")});
        QCOMPARE(commentsFound(*store, QStringLiteral("cats")), QStringList{QStringLiteral("c2")});

        const FileImportResult again = importer.importFile(changedCopy("chips", "parsnips"));
        QVERIFY(again.ok());
        QVERIFY(again.threads.at(0).merged);
        QCOMPARE(commentsFound(*store, QStringLiteral("parsnips")), QStringList{QStringLiteral("c1")});
        QCOMPARE(commentsFound(*store, QStringLiteral("chips")), QStringList());
        QCOMPARE(commentsFound(*store, QStringLiteral("cats")), QStringList{QStringLiteral("c2")});
    }

    void cancelledStreamedImportLeavesNoTrace()
    {
        auto store = freshStore();
        const std::atomic<bool> cancel = true;
        const FileImportResult result =
            LibraryImporter(m_registry, *store).importFile(fixture("small-thread.json"), {}, &cancel);
        QVERIFY(result.cancelled());
        QVERIFY(result.threads.empty());
        QCOMPARE(store->threads().threadCount().value(), 0);
        QCOMPARE(commentsFound(*store, QStringLiteral("chips")), QStringList());
    }

    // A file out of pre-order (a reply filed before the comment its parent_id names)
    // cannot be streamed: it is read whole and arranged, as before.
    void outOfOrderFileIsReadWhole()
    {
        auto store = freshStore();
        LibraryImporter importer(m_registry, *store);
        // c3 is nested under c2; naming c5, a later reply to c1, moves it there.
        const QString path = changedCopy("\"parent_id\": \"t1_c2\"", "\"parent_id\": \"t1_c5\"");
        const FileImportResult result = importer.importFile(path);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error->toString()));
        const ThreadDocument thread = store->threads().loadThread(result.threads.at(0).threadId).value();
        const Comment *c3 = thread.findComment(QStringLiteral("c3"));
        QVERIFY(c3);
        QCOMPARE(thread.comments.at(size_t(c3->parent)).sourceId, QStringLiteral("c5"));
        QCOMPARE(c3->depth, 2);
    }
};

QTEST_GUILESS_MAIN(TestLibraryImporter)
#include "tst_libraryimporter.moc"
