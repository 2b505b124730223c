// PDF export end to end: the fixture thread with highlights and notes printed by
// QtWebEngine, read back with QtPdf. Also: the HTML export asks for nothing when a
// browser opens it, the printing page cannot reach the network, Cancel leaves no file.

#include "export/pdfexporter.h"
#include "export/threadexporter.h"
#include "export/topicexporter.h"
#include "exportfixture.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestInterceptor>

using namespace Scholia;

namespace {

// Every request a page makes besides its own main document.
class RequestRecorder : public QWebEngineUrlRequestInterceptor
{
public:
    QUrl page;
    QList<QUrl> requested;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        if (info.requestUrl() == page &&
            info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame)
            return;
        requested << info.requestUrl();
        info.block(true);
    }
};

struct Printed
{
    PdfExporter::Outcome outcome = PdfExporter::Outcome::Failed;
    QString message;
};

Printed print(PdfExporter &exporter, const QString &html, const ExportOptions &options,
              const QString &path)
{
    QSignalSpy finished(&exporter, &PdfExporter::finished);
    exporter.start(html, options, path);
    if (finished.isEmpty() && !finished.wait(120000))
        return {PdfExporter::Outcome::Failed, "timed out"};
    return {finished.first().at(0).value<PdfExporter::Outcome>(),
            finished.first().at(1).toString()};
}

// All the text of a PDF, whitespace folded, so a passage broken over lines still matches.
QString pdfText(const QString &path, int *pages = nullptr)
{
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None)
        return {};
    if (pages)
        *pages = document.pageCount();
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += document.getAllText(page).text() + ' ';
    return text.simplified();
}

} // namespace

class TestPdfExporter : public QObject
{
    Q_OBJECT

private slots:
    void annotatedExportHasTheTitleQuotesAndNotesAndNothingElse()
    {
        const AnnotatedThread source = ExportFixture::thread();
        ExportOptions options;
        options.scope = ExportScope::AnnotatedWithContext;
        const auto html = ThreadExporter::printHtml(source, options);
        QVERIFY(html.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath("thread.pdf");
        PdfExporter exporter;
        const Printed printed = print(exporter, *html, options, path);
        QCOMPARE(printed.outcome, PdfExporter::Outcome::Written);
        QCOMPARE(exporter.blockedRequests(), 0); // the page asked for nothing

        int pages = 0;
        const QString text = pdfText(path, &pages);
        QVERIFY(pages > 0);
        QCOMPARE(pages, exporter.pageCount());
        QVERIFY2(text.contains("Chip export controls, argued"), qPrintable(text));
        for (const Annotation &a : source.annotations) {
            if (a.position)
                QVERIFY2(text.contains(a.quote.exact), qPrintable(a.quote.exact));
            QVERIFY2(text.contains(a.note), qPrintable(a.note));
            QVERIFY2(text.contains(a.tags.first()), qPrintable(a.tags.first()));
        }
        QVERIFY(text.contains("Reading notes")); // the thread notes
        for (const QString &outside : ExportFixture::textOutsideAnnotatedScope())
            QVERIFY2(!text.contains(outside), qPrintable(outside));
        // Page numbers, added after printing.
        QVERIFY2(text.contains(QString("1 / %1").arg(pages)), qPrintable(text));
        // Nothing left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"thread.pdf"});
    }

    void pageSizeAndWholeThread()
    {
        const AnnotatedThread source = ExportFixture::thread();
        ExportOptions options;
        options.pageSize = PageSize::Letter;
        options.notes = NotePlacement::Boxes;
        options.greyscale = true;
        QTemporaryDir dir;
        const QString path = dir.filePath("letter.pdf");
        PdfExporter exporter;
        QCOMPARE(
            print(exporter, *ThreadExporter::printHtml(source, options), options, path).outcome,
            PdfExporter::Outcome::Written);
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        const QSizeF size = document.pagePointSize(0);
        QVERIFY2(qAbs(size.width() - 612) < 2 && qAbs(size.height() - 792) < 2,
                 qPrintable(QString("%1x%2").arg(size.width()).arg(size.height())));
        const QString text = pdfText(path);
        for (const QString &outside : ExportFixture::textOutsideAnnotatedScope())
            QVERIFY2(text.contains(outside), qPrintable(outside)); // the whole thread this time
    }

    void theLockedDownPageCannotFetchAnything()
    {
        // Not what the renderer writes, but what the page would do if a comment got
        // through: a server on this machine sees whether anything reached the network.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++connections;
                socket->close();
            }
        });
        const QString origin = QString("http://127.0.0.1:%1").arg(server.serverPort());
        const QString html = "<!DOCTYPE html><html><head><link rel=stylesheet href=\"" + origin +
                             "/x.css\">"
                             "<style>@import url(" +
                             origin + "/y.css); body { background: url(" + origin +
                             "/z.png) }</style></head><body><p>hostile</p><img src=\"" + origin +
                             "/pixel.gif\">"
                             "<iframe src=\"" +
                             origin + "/frame\"></iframe><object data=\"" + origin +
                             "/o\"></object><script>fetch('" + origin +
                             "/fetch')</script></body></html>";
        QTemporaryDir dir;
        PdfExporter exporter;
        QCOMPARE(print(exporter, html, ExportOptions{}, dir.filePath("hostile.pdf")).outcome,
                 PdfExporter::Outcome::Written);
        QTest::qWait(300);
        QCOMPARE(connections, 0);
        QVERIFY(pdfText(dir.filePath("hostile.pdf")).contains("hostile"));
    }

    void cancelLeavesTheTargetAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("kept.pdf");
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous export");
        old.close();
        PdfExporter exporter;
        QSignalSpy finished(&exporter, &PdfExporter::finished);
        exporter.start(*ThreadExporter::printHtml(ExportFixture::thread(), ExportOptions{}),
                       ExportOptions{}, path);
        exporter.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<PdfExporter::Outcome>(),
                 PdfExporter::Outcome::Cancelled);
        QTest::qWait(1500); // a print result still on its way must be dropped
        QCOMPARE(finished.size(), 1);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the previous export"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"kept.pdf"});
        // And the exporter works again afterwards.
        QCOMPARE(
            print(exporter, "<p>again</p>", ExportOptions{}, dir.filePath("again.pdf")).outcome,
            PdfExporter::Outcome::Written);
    }

    void unwritableTargetIsAnError()
    {
        PdfExporter exporter;
        const Printed printed =
            print(exporter, "<p>x</p>", ExportOptions{}, "/proc/no-such-dir/x.pdf");
        QCOMPARE(printed.outcome, PdfExporter::Outcome::Failed);
        QVERIFY(printed.message.contains("cannot write"));
    }

    void topicExportPrintsEveryPassage()
    {
        std::vector<TopicPassage> passages;
        for (int i = 0; i < 3; ++i) {
            TopicPassage p;
            p.annotationId = i + 1;
            p.threadId = i < 2 ? 1 : 2;
            p.threadTitle = i < 2 ? "First <thread>" : "Second thread";
            p.author = QString("author%1").arg(i);
            p.quote = QString("Passage number %1 about chips.").arg(i);
            p.note = QString("Note on passage %1.").arg(i);
            p.color = i == 1 ? "sky" : "yellow";
            p.tags = {"compute/export-controls"};
            p.wholeComment = i == 2;
            passages.push_back(p);
        }
        ExportOptions options;
        const QString html = TopicExporter::printHtml("compute", passages, options);
        QVERIFY(!html.contains("<script", Qt::CaseInsensitive));
        QVERIFY(html.contains("First &lt;thread&gt;"));
        QTemporaryDir dir;
        PdfExporter exporter;
        QCOMPARE(print(exporter, html, options, dir.filePath("topic.pdf")).outcome,
                 PdfExporter::Outcome::Written);
        const QString text = pdfText(dir.filePath("topic.pdf"));
        QVERIFY(text.contains("Topic: compute"));
        QVERIFY(text.contains("First <thread>"));
        for (const TopicPassage &p : passages) {
            QVERIFY2(text.contains(p.quote), qPrintable(p.quote));
            QVERIFY2(text.contains(p.note), qPrintable(p.note));
        }
        options.format = ExportFormat::Html;
        QVERIFY(TopicExporter::writeText("compute", passages, options, dir.filePath("topic.html"))
                    .ok());
        QVERIFY(QFile::exists(dir.filePath("topic.html")));
    }

    void thePageIsLaidOutForPrintOnly()
    {
        // Laying out 1 000 comments for a screen nobody sees was most of an export's work.
        const QString html = *ThreadExporter::printHtml(ExportFixture::thread(), ExportOptions{});
        const QString page = PdfExporter::pageToPrint(html);
        QVERIFY(page.contains("@media screen"));
        QCOMPARE(PdfExporter::pageToPrint("<p>no head</p>"), QString("<p>no head</p>"));
        const auto boxesOnScreen = [](const QString &pageHtml) {
            QWebEngineProfile profile;
            QWebEnginePage webPage(&profile);
            QSignalSpy loaded(&webPage, &QWebEnginePage::loadFinished);
            webPage.setHtml(pageHtml);
            if (!loaded.wait(60000))
                return -1;
            int boxes = -1;
            bool done = false;
            webPage.runJavaScript("document.querySelectorAll('article')[0].getClientRects().length",
                                  [&](const QVariant &result) {
                                      boxes = result.toInt();
                                      done = true;
                                  });
            return QTest::qWaitFor([&] { return done; }, 30000) ? boxes : -1;
        };
        QCOMPARE(boxesOnScreen(html), 1);
        QCOMPARE(boxesOnScreen(page), 0);
        // On paper nothing is missing: every passage and note is in the PDF.
        QTemporaryDir dir;
        PdfExporter exporter;
        QCOMPARE(print(exporter, html, ExportOptions{}, dir.filePath("t.pdf")).outcome,
                 PdfExporter::Outcome::Written);
        const QString text = pdfText(dir.filePath("t.pdf"));
        for (const Annotation &a : ExportFixture::thread().annotations) {
            if (a.position)
                QVERIFY2(text.contains(a.quote.exact), qPrintable(a.quote.exact));
            QVERIFY2(text.contains(a.note), qPrintable(a.note));
        }
    }

    void aLongCommentBreaksRatherThanLeavingThePageHalfEmpty()
    {
        // Short comments filling about half the first page, then one too long to fit in
        // the rest (but shorter than a page): it starts on the first page and goes on.
        AnnotatedThread source;
        source.thread.title = "Breaks";
        const QString sentence = "Words of an ordinary comment, about as long as they come. ";
        for (int i = 0; i < 5; ++i) {
            Comment c;
            c.sourceId = QString("short%1").arg(i);
            c.bodyText = sentence.repeated(9);
            c.bodyHtml = "<p>" + c.bodyText + "</p>";
            source.thread.comments.push_back(c);
        }
        Comment longComment;
        longComment.sourceId = "long";
        longComment.author = "longwriter";
        longComment.bodyText = "Firstwords " + sentence.repeated(50) + "Lastwords";
        longComment.bodyHtml = "<p>" + longComment.bodyText + "</p>";
        source.thread.comments.push_back(longComment);
        ExportOptions options;
        QTemporaryDir dir;
        const QString path = dir.filePath("breaks.pdf");
        PdfExporter exporter;
        QCOMPARE(
            print(exporter, *ThreadExporter::printHtml(source, options), options, path).outcome,
            PdfExporter::Outcome::Written);
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        QCOMPARE(document.pageCount(), 2);
        const QString first = document.getAllText(0).text().simplified();
        QVERIFY2(first.contains("longwriter") && first.contains("Firstwords"), qPrintable(first));
        QVERIFY(document.getAllText(1).text().contains("Lastwords"));
    }

    void htmlExportLoadsNothing()
    {
        const AnnotatedThread source = ExportFixture::thread();
        QTemporaryDir dir;
        const QString path = dir.filePath("thread.html");
        ExportOptions options;
        options.format = ExportFormat::Html;
        QVERIFY(ThreadExporter::writeText(source, options, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(!html.contains("<script", Qt::CaseInsensitive));

        // Opened the way a browser would (scripts on, images on): not a single request.
        QWebEngineProfile profile;
        RequestRecorder recorder;
        recorder.page = QUrl::fromLocalFile(path);
        profile.setUrlRequestInterceptor(&recorder);
        QWebEnginePage page(&profile);
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.load(recorder.page);
        QVERIFY(loaded.wait(60000));
        QVERIFY(loaded.first().first().toBool());
        QVERIFY2(recorder.requested.isEmpty(), qPrintable(recorder.requested.value(0).toString()));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QGuiApplication app(argc, argv);
    TestPdfExporter test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_pdfexporter.moc"
