// Annotations across a re-import: a newer save of the thread edits, shifts and drops
// comments; every annotation ends anchored, re-anchored or orphaned, and none is lost.

#include "import/importerregistry.h"
#include "library/libraryimporter.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Scholia;

Q_DECLARE_METATYPE(Scholia::AnchorState)

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/") + name;
}

} // namespace

class TestReimportAnchoring : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    const ImporterRegistry m_registry = ImporterRegistry::withAllFormats();

private slots:
    void annotationsFollowTheNewerSave_data()
    {
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QString>("quote"); // empty: the whole comment
        QTest::addColumn<AnchorState>("state");
        QTest::addColumn<QString>("exactAfter");

        QTest::newRow("unchanged comment")
            << "e1"
            << "advanced chips" << AnchorState::Anchored << "advanced chips";
        QTest::newRow("unchanged reply, whole comment") << "e6"
                                                        << "" << AnchorState::Anchored << "";
        QTest::newRow("text shifted")
            << "e2"
            << "the bottleneck" << AnchorState::Anchored << "the bottleneck";
        QTest::newRow("edited inside the quote")
            << "e3"
            << "Subsidies for fabs are a waste of public money" << AnchorState::Reanchored
            << "Subsidies for new fabs are a waste of public money";
        QTest::newRow("quote removed")
            << "e4"
            << "the export rules" << AnchorState::Orphaned << "the export rules";
        QTest::newRow("comment gone from the save")
            << "e5"
            << "enforce" << AnchorState::Orphaned << "enforce";
        QTest::newRow("comment gone, whole comment") << "e5"
                                                     << "" << AnchorState::Orphaned << "";
    }

    void annotationsFollowTheNewerSave()
    {
        QFETCH(QString, comment);
        QFETCH(QString, quote);
        QFETCH(AnchorState, state);
        QFETCH(QString, exactAfter);

        auto store = std::move(
            Library::open(m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(++m_counter)))
                .value());
        LibraryImporter importer(m_registry, *store);
        const FileImportResult first = importer.importFile(fixture("annotated-thread.json"));
        QVERIFY(first.ok());
        const qint64 thread = first.threads.at(0).threadId;

        // Annotate every comment (so unrelated ones are checked too), then the one under test.
        AnnotationStore &annotations = store->annotations();
        const ThreadDocument before = store->threads().loadThread(thread).value();
        qint64 id = 0;
        for (const Comment &c : before.comments) {
            Annotation draft;
            draft.threadId = thread;
            draft.commentSourceId = c.sourceId;
            draft.note = "whole " + c.sourceId;
            QVERIFY(annotations.create(draft).ok());
            if (c.sourceId != comment)
                continue;
            if (!quote.isEmpty()) {
                const qsizetype start = c.bodyText.indexOf(quote);
                QVERIFY2(start >= 0, qPrintable(c.bodyText));
                draft.position = TextPositionSelector{start, start + quote.size()};
                draft.quote.exact = quote;
                draft.note = "passage";
            }
            draft.tags = {"under-test"};
            const auto created = annotations.create(draft);
            QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
            id = created->id;
        }
        QVERIFY(id > 0);
        const Annotation original = annotations.annotation(id).value();
        const size_t count = annotations.listForThread(thread)->size();

        const FileImportResult second =
            importer.importFile(fixture("annotated-thread-resaved.json"));
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error->toString()));
        QVERIFY(second.threads.at(0).merged);

        const Annotation after = annotations.annotation(id).value();
        QCOMPARE(after.anchorState, state);
        QCOMPARE(after.quote.exact, exactAfter);
        QCOMPARE(after.note, original.note);
        QCOMPARE(after.tags, original.tags);
        QCOMPARE(after.updated, original.updated);
        if (state == AnchorState::Orphaned) {
            QCOMPARE(after.position, original.position);
            QCOMPARE(after.quote, original.quote);
        } else if (after.position) {
            const ThreadDocument now = store->threads().loadThread(thread).value();
            for (const Comment &c : now.comments) {
                if (c.sourceId == comment)
                    QCOMPARE(c.bodyText.mid(after.position->start, after.position->length()),
                             after.quote.exact);
            }
        }
        // Nothing is ever deleted by an import, and importing the same save again changes nothing.
        QCOMPARE(annotations.listForThread(thread)->size(), count);
        QVERIFY(importer.importFile(fixture("annotated-thread-resaved.json")).ok());
        QCOMPARE(annotations.annotation(id).value(), after);
        QCOMPARE(annotations.listForThread(thread)->size(), count);
        QCOMPARE(store->threads().listThreads()->front().annotationCount, int(count));
    }
};

QTEST_GUILESS_MAIN(TestReimportAnchoring)
#include "tst_reimportanchoring.moc"
