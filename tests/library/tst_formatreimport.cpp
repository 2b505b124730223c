// Re-importing a newer save of a Discourse topic, a bdfr archive or a Stack Exchange
// dump merges into the stored thread like a Reddit re-import does.

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
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/") + name;
}

} // namespace

class TestFormatReimport : public QObject
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

    static void addRows()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("resaved");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("sourceKind");
        QTest::addColumn<QString>("sourceId");
        QTest::addColumn<QString>("edited");
        QTest::addColumn<QString>("editedText");
        QTest::addColumn<QString>("added");
        QTest::addColumn<QString>("addedParent"); // empty: a reply to the post
        QTest::addColumn<QString>("vanished");
        QTest::newRow("discourse") << "discourse/topic-deep.json"
                                   << "discourse/topic-deep-resaved.json"
                                   << "discourse"
                                   << "discourse"
                                   << "forum.example.org/57"
                                   << "2"
                                   << "A conical burr grinder, I edited this."
                                   << "9"
                                   << "3"
                                   << "8";
        QTest::newRow("bdfr") << "bdfr/submission.json"
                              << "bdfr/submission-resaved.json"
                              << "bdfr"
                              << "reddit"
                              << "abc123"
                              << "c3"
                              << "I edited this comment."
                              << "c6"
                              << "c4"
                              << "c5";
        QTest::newRow("stackexchange") << "stackexchange/Posts.xml"
                                       << "stackexchange/Posts-resaved.xml"
                                       << "stackexchange-posts"
                                       << "stackexchange"
                                       << "1"
                                       << "3"
                                       << "Medium-fine, I edited this. x"
                                       << "8"
                                       << ""
                                       << "6";
    }

    qint64 storedId(const Library &library, const QString &kind, const QString &id)
    {
        const auto found = library.threads().findThread(kind, id);
        return found.ok() && found->has_value() ? **found : 0;
    }

private slots:
    void sameFileTwiceChangesNothing_data() { addRows(); }
    void sameFileTwiceChangesNothing()
    {
        QFETCH(QString, first);
        QFETCH(QString, format);
        QFETCH(QString, sourceKind);
        QFETCH(QString, sourceId);
        auto library = freshStore();
        LibraryImporter importer(m_registry, *library);
        const FileImportResult once = importer.importFile(fixture(first));
        QVERIFY2(once.ok(), qPrintable(once.ok() ? QString() : once.error->toString()));
        QCOMPARE(once.format, format);
        const int threadCount = library->threads().threadCount().value();
        const qint64 id = storedId(*library, sourceKind, sourceId);
        QVERIFY(id > 0);
        const ThreadDocument before = library->threads().loadThread(id).value();

        const FileImportResult again = importer.importFile(fixture(first));
        QVERIFY(again.ok());
        for (const ImportedThread &thread : again.threads)
            QVERIFY(thread.merged);
        QCOMPARE(library->threads().threadCount().value(), threadCount);
        QVERIFY(library->threads().loadThread(id).value() == before);
    }

    void newerSaveMerges_data() { addRows(); }
    void newerSaveMerges()
    {
        QFETCH(QString, first);
        QFETCH(QString, resaved);
        QFETCH(QString, sourceKind);
        QFETCH(QString, sourceId);
        QFETCH(QString, edited);
        QFETCH(QString, editedText);
        QFETCH(QString, added);
        QFETCH(QString, addedParent);
        QFETCH(QString, vanished);
        auto library = freshStore();
        LibraryImporter importer(m_registry, *library);
        QVERIFY(importer.importFile(fixture(first)).ok());
        const int threadCount = library->threads().threadCount().value();
        const qint64 id = storedId(*library, sourceKind, sourceId);
        QVERIFY(id > 0);

        const FileImportResult again = importer.importFile(fixture(resaved));
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error->toString()));
        QCOMPARE(library->threads().threadCount().value(), threadCount);
        QCOMPARE(storedId(*library, sourceKind, sourceId), id);

        const ThreadDocument merged = library->threads().loadThread(id).value();
        QCOMPARE(merged.findComment(edited)->bodyText, editedText);
        QVERIFY(merged.findComment(edited)->inLatestSave);
        const Comment *newComment = merged.findComment(added);
        QVERIFY(newComment);
        QCOMPARE(newComment->parent < 0 ? QString()
                                        : merged.comments[size_t(newComment->parent)].sourceId,
                 addedParent);
        const Comment *gone = merged.findComment(vanished);
        QVERIFY(gone);
        QVERIFY(!gone->inLatestSave);
    }
};

QTEST_GUILESS_MAIN(TestFormatReimport)
#include "tst_formatreimport.moc"
