// Only a save from an address opens connections, and only to the site it saves from:
// while a save is running, importing, opening and exporting hostile threads (whose every
// field points at a server of the test's) make no request at all.

#include "../../fetch/localhttpserver.h"
#include "app/threadview/offlinerequestinterceptor.h"
#include "app/threadview/threadschemehandler.h"
#include "app/threadview/threadview.h"
#include "core/annotatedthread.h"
#include "export/pdfexporter.h"
#include "export/threadexporter.h"
#include "fetch/threadaddress.h"
#include "fetch/threadsaver.h"
#include "import/importerregistry.h"
#include "library/annotatedthreadloader.h"
#include "library/libraryimporter.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "threadviewtesting.h"

using namespace Scholia;
using namespace ThreadViewTesting;

class TestNetworkIsolation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTcpServer m_trap; // what the hostile threads point at
    QStringList m_reachedTrap;

    QString hostileCopy(const QString &relative)
    {
        QFile fixture(QStringLiteral(SCHOLIA_TEST_FIXTURES "/hostile/") + relative);
        if (!fixture.open(QIODevice::ReadOnly))
            return {};
        QByteArray bytes = fixture.readAll();
        bytes.replace("__PORT__", QByteArray::number(m_trap.serverPort()));
        const QString path = m_dir.filePath(QFileInfo(relative).fileName());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(bytes);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_trap.listen(QHostAddress::LocalHost));
        connect(&m_trap, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_trap.nextPendingConnection()) {
                m_reachedTrap << QStringLiteral("connection");
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_reachedTrap << QString::fromUtf8(socket->readLine().trimmed());
                });
            }
        });
    }

    void importOpenAndExportMakeNoRequestWhileASaveRuns()
    {
        // The save: its site answers the first request slowly, so it stays running.
        LocalHttpServer site([](const auto &) {
            LocalHttpServer::Reply reply = LocalHttpServer::Reply::json(QByteArray(4000, ' '));
            reply.stallAfterHeaders = true;
            return reply;
        });
        FetchPolicy policy;
        policy.userAgent = FetchPolicy::defaultUserAgent();
        policy.testOrigin = site.origin();
        policy.stallTimeout = std::chrono::milliseconds(120000);
        ThreadSaver saver(policy, m_dir.filePath(QStringLiteral("saved")));
        saver.start(
            ThreadAddress::parse(QStringLiteral("https://www.reddit.com/comments/abc/")).value());
        QTRY_COMPARE(site.requests().size(), 1);
        QVERIFY(saver.isRunning());

        auto store =
            std::move(Library::open(m_dir.filePath(QStringLiteral("library.sqlite"))).value());
        const ImporterRegistry registry = ImporterRegistry::withAllFormats();
        LibraryImporter importer(registry, *store);
        for (const char *file :
             {"reddit-json/hostile.json", "rdrama-html/hostile.html", "hn-algolia/hostile.json"}) {
            const QString path = hostileCopy(QString::fromLatin1(file));
            QVERIFY(!path.isEmpty());
            const FileImportResult imported = importer.importFile(path);
            QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error->toString()));

            // Opened in the real view.
            ThreadView view(*store);
            view.resize(900, 700);
            view.show();
            QVERIFY(open(view, imported.threads.front().threadId));
            QTest::qWait(300);
            QCOMPARE(view.interceptor().blockedCount(), 0);

            // Exported: the print page to PDF, HTML and Markdown.
            auto annotated = AnnotatedThreadLoader::load(*store, imported.threads.front().threadId);
            QVERIFY(annotated.ok());
            ExportOptions options;
            options.scope = ExportScope::WholeThread;
            auto html = ThreadExporter::printHtml(*annotated, options);
            QVERIFY(html.ok());
            PdfExporter pdf;
            QSignalSpy printed(&pdf, &PdfExporter::finished);
            pdf.start(*html, options, m_dir.filePath(QStringLiteral("out.pdf")));
            QVERIFY(printed.wait(120000));
            QCOMPARE(printed.first().at(0).value<PdfExporter::Outcome>(),
                     PdfExporter::Outcome::Written);
            options.format = ExportFormat::Html;
            QVERIFY(ThreadExporter::writeText(*annotated, options,
                                              m_dir.filePath(QStringLiteral("out.html")))
                        .ok());
            options.format = ExportFormat::Markdown;
            QVERIFY(ThreadExporter::writeText(*annotated, options,
                                              m_dir.filePath(QStringLiteral("out.md")))
                        .ok());
        }
        QTest::qWait(300);
        QVERIFY2(m_reachedTrap.isEmpty(), qPrintable(m_reachedTrap.join(QLatin1Char('\n'))));
        // The save's own request, and nothing else, reached its site; it is still running.
        QCOMPARE(site.requests().size(), 1);
        QVERIFY(saver.isRunning());
        saver.cancel();
        QTRY_VERIFY(!saver.isRunning());
        QVERIFY(saver.result()->error().cancelled);
    }
};

int main(int argc, char **argv)
{
    return ThreadViewTesting::run<TestNetworkIsolation>(argc, argv, "tst_networkisolation");
}

#include "tst_networkisolation.moc"
