// File ▸ Export Annotations… / Import Annotations… without their dialogs: the open
// thread's annotations and links written as W3C Web Annotations, merged into a second
// library holding the same thread with a summary, the views told; a broken file is
// named with the reason and changes nothing.

#include "app/annotating/annotationexchange.h"
#include "import/importerregistry.h"
#include "library/libraryeditor.h"
#include "library/libraryimporter.h"
#include "store/annotationlinkstore.h"
#include "store/annotationstore.h"
#include "store/library.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace Scholia;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/") + name;
}

Annotation passage(const QString &comment, qsizetype start, const QString &exact)
{
    Annotation draft;
    draft.commentSourceId = comment;
    draft.position = TextPositionSelector{start, start + exact.size()};
    draft.quote.exact = exact;
    return draft;
}

struct Opened
{
    std::unique_ptr<Library> library;
    qint64 thread = 0;
};

Opened openWithThread(const QString &path)
{
    Opened opened;
    opened.library = std::move(Library::open(path).value());
    const ImporterRegistry registry = ImporterRegistry::withAllFormats();
    const FileImportResult imported =
        LibraryImporter(registry, *opened.library).importFile(fixture("annotated-thread.json"));
    if (imported.ok())
        opened.thread = imported.threads.at(0).threadId;
    return opened;
}

} // namespace

class TestAnnotationExchange : public QObject
{
    Q_OBJECT

private slots:
    void exportedAnnotationsImportIntoAnotherLibrary()
    {
        QTemporaryDir dir;
        Opened a = openWithThread(dir.filePath("a.sqlite"));
        QVERIFY(a.thread > 0);
        LibraryEditor editorA(*a.library);
        editorA.setThread(a.thread);
        const auto claim = editorA.create(passage("e1", 4, "export controls"));
        const auto reply = editorA.create(passage("e2", 0, "Compute"));
        QVERIFY(claim && reply);
        QVERIFY(editorA.createLink({0, {}, reply->id, claim->id, AnnotationLinkType::Rebuts}).ok());

        QWidget window;
        AnnotationExchange exportA(*a.library, editorA, &window);
        QSignalSpy status(&exportA, &AnnotationExchange::statusMessage);
        const QString file = dir.filePath("shared.jsonld");
        QCOMPARE(exportA.exportTo(file, a.thread), QString());
        QCOMPARE(status.count(), 1);
        QVERIFY2(status.first().first().toString().contains("annotations: 2, links: 1"),
                 qPrintable(status.first().first().toString()));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(written.readAll()).object().value("@context").toString(),
                 QString("http://www.w3.org/ns/anno.jsonld"));

        Opened b = openWithThread(dir.filePath("b.sqlite"));
        LibraryEditor editorB(*b.library);
        editorB.setThread(b.thread);
        AnnotationExchange importB(*b.library, editorB, &window);
        QSignalSpy reset(&editorB, &LibraryEditor::annotationsReset);
        QSignalSpy links(&editorB, &LibraryEditor::linksChanged);
        QSignalSpy imported(&importB, &AnnotationExchange::annotationsImported);
        bool ok = false;
        const QString summary = importB.importFrom(file, &ok);
        QVERIFY2(ok, qPrintable(summary));
        QVERIFY2(summary.contains("shared.jsonld"), qPrintable(summary));
        QCOMPARE(editorB.annotations().size(), size_t(2)); // read again
        QVERIFY(reset.count() >= 1);
        QCOMPARE(links.count(), 1);
        QCOMPARE(imported.count(), 1);
        QCOMPARE(b.library->links().linksForThread(b.thread).value().size(), size_t(1));
        // Twice changes nothing.
        QVERIFY(importB.importFrom(file, &ok).size() > 0 && ok);
        QCOMPARE(b.library->annotations().listForThread(b.thread).value().size(), size_t(2));
        QCOMPARE(b.library->links().linksForThread(b.thread).value().size(), size_t(1));
    }

    void aBrokenFileIsNamedAndChangesNothing()
    {
        QTemporaryDir dir;
        Opened b = openWithThread(dir.filePath("b.sqlite"));
        LibraryEditor editor(*b.library);
        QWidget window;
        AnnotationExchange exchange(*b.library, editor, &window);
        const QString file = dir.filePath("broken.jsonld");
        QFile broken(file);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"@context\": ");
        broken.close();
        QSignalSpy imported(&exchange, &AnnotationExchange::annotationsImported);
        bool ok = true;
        const QString message = exchange.importFrom(file, &ok);
        QVERIFY(!ok);
        QVERIFY2(message.startsWith("broken.jsonld: not imported: "), qPrintable(message));
        QCOMPARE(imported.count(), 0);
        QCOMPARE(b.library->annotations().listForThread(b.thread).value().size(), size_t(0));
        // An export where nothing can be written says so.
        QVERIFY(!exchange.exportTo(dir.filePath("no/such/folder/x.jsonld"), b.thread).isEmpty());
    }
};

QTEST_MAIN(TestAnnotationExchange)
#include "tst_annotationexchange.moc"
