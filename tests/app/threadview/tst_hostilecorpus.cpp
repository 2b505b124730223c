// Hostile saved threads (tests/fixtures/hostile/<format>/, written by make-hostile.py): script
// injection in every field of every format, CSS exfiltration, <base>, meta refresh, SVG
// with script, entity-encoded javascript: links, frames, objects, RTL overrides and
// 10 000-level nesting (and 300-deep reply chains in hn-html and hnpwa). Each file is
// imported through format detection and shown in the real thread view; no payload may run,
// no request may leave, and the text must survive.

#include "app/threadview/offlinerequestinterceptor.h"
#include "app/threadview/threadschemehandler.h"
#include "app/threadview/threadview.h"
#include "import/importerregistry.h"
#include "import/importsource.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include "threadviewtesting.h"

using namespace Scholia;
using namespace ThreadViewTesting;

namespace {

// Everything in the page that an allowlisted thread page must not hold, as a list of
// descriptions (empty when the page is clean). Run in the page's main world.
const char *offendersScript = R"JS((() => {
  const found = [];
  for (const s of document.scripts)
    if (!/^scholia:\/\/app\/[a-z]+\.js$/.test(s.src)) found.push('script ' + s.outerHTML.slice(0, 80));
  const forbidden = 'iframe, frame, object, embed, applet, style, base, svg, math, img, video, audio, source, '
      + 'form, input, button:not(.toggle), template, noscript, canvas, marquee, isindex, meta[http-equiv=refresh]';
  for (const e of document.querySelectorAll(forbidden)) found.push('element ' + e.outerHTML.slice(0, 80));
  for (const l of document.querySelectorAll('link'))
    if (l.getAttribute('href') !== 'scholia://app/thread.css') found.push('link ' + l.outerHTML.slice(0, 80));
  const metas = [...document.querySelectorAll('meta[http-equiv]')];
  if (metas.length !== 1 || !/^default-src 'none'/.test(metas[0].content)) found.push('meta http-equiv x' + metas.length);
  for (const e of document.body.querySelectorAll('*'))
    for (const a of e.attributes)
      if (/^on|^style$|^srcdoc$|^formaction$|^background$|^poster$|^srcset$|^src$|^action$|^xlink:href$/i.test(a.name))
        found.push('attribute ' + a.name + ' on ' + e.tagName);
  for (const a of document.querySelectorAll('a[href]'))
    if (!/^(https?|mailto):/.test(a.href)) found.push('link to ' + a.getAttribute('href').slice(0, 60));
  return found;
})())JS";

} // namespace

class TestHostileCorpus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    QTcpServer m_server;
    QStringList m_reachedServer;

private slots:
    void initTestCase()
    {
        m_library =
            std::move(Library::open(m_dir.filePath(QStringLiteral("library.sqlite"))).value());
        // The payloads' target: anything that reaches it has left the view.
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_reachedServer << QString::fromUtf8(socket->readLine().trimmed());
                });
                m_reachedServer << QStringLiteral("connection");
            }
        });
    }

    void nothingRunsNothingLeavesTextSurvives_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("reddit-json") << "reddit-json/hostile.json"
                                     << "reddit-json";
        QTest::newRow("hn-algolia") << "hn-algolia/hostile.json"
                                    << "hn-algolia";
        QTest::newRow("discourse") << "discourse/hostile.json"
                                   << "discourse";
        QTest::newRow("old-reddit-html") << "old-reddit-html/hostile.html"
                                         << "old-reddit-html";
        QTest::newRow("rdrama-html") << "rdrama-html/hostile.html"
                                     << "rdrama-html";
        QTest::newRow("mbox") << "mbox/hostile.mbox"
                              << "mbox";
        QTest::newRow("text-dump") << "text-dump/hostile.txt"
                                   << "text-dump";
        QTest::newRow("bdfr") << "bdfr/hostile.json"
                              << "bdfr";
        QTest::newRow("hn-items") << "hn-items/hostile.jsonl"
                                  << "hn-items";
        QTest::newRow("hn-html") << "hn-html/hostile.html"
                                 << "hn-html";
        QTest::newRow("hnpwa") << "hnpwa/hostile.json"
                               << "hnpwa";
        QTest::newRow("stackexchange-posts") << "stackexchange-posts/hostile.xml"
                                             << "stackexchange-posts";
    }

    void nothingRunsNothingLeavesTextSurvives()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFile fixture(QStringLiteral(SCHOLIA_TEST_FIXTURES "/hostile/") + file);
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        ImportSource source{file, fixture.readAll()};
        source.data.replace("__PORT__", QByteArray::number(m_server.serverPort()));

        const ImporterRegistry registry = ImporterRegistry::withAllFormats();
        const Importer *importer = registry.detect(source);
        QVERIFY(importer);
        QCOMPARE(importer->formatName(), format);
        auto threads = importer->parse(source);
        QVERIFY2(threads.ok(), threads.ok() ? "" : qPrintable(threads.error().toString()));
        QVERIFY(!threads->empty());
        auto ids = m_library->threads().saveThreads(*threads);
        QVERIFY2(ids.ok(), ids.ok() ? "" : qPrintable(ids.error().toString()));

        const QString sentence =
            QStringLiteral("HARMLESS %1: the ferry leaves at noon.").arg(format);
        bool sentenceShown = false;
        for (const qint64 id : *ids) {
            ThreadView view(*m_library);
            view.resize(1000, 800);
            view.show();
            QVERIFY(open(view, id));
            // Give a payload that slipped through time to act (a 0 s refresh, an onerror,
            // a lazy image): nothing here waits for it to happen, only for it not to.
            QTest::qWait(400);
            evaluate(view, QStringLiteral("window.scrollTo(0, document.body.scrollHeight)"));
            QTest::qWait(200);

            QCOMPARE(evaluate(view, QStringLiteral("typeof window.__pwned")).toString(),
                     QStringLiteral("undefined"));
            QVERIFY(evaluate(view, QStringLiteral("document.title")).toString() !=
                    QLatin1String("PWNED"));
            QCOMPARE(view.page()->url().scheme(), QStringLiteral("scholia"));
            const QStringList offenders =
                evaluate(view, QString::fromUtf8(offendersScript)).toStringList();
            QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
            QCOMPARE(view.interceptor().blockedCount(), 0);
            QVERIFY2(m_reachedServer.isEmpty(),
                     qPrintable(m_reachedServer.join(QLatin1Char('\n'))));

            // An RTL override in a name must not reorder the rest of the header line.
            const QStringList bidi =
                evaluate(view, QStringLiteral("[...document.querySelectorAll('.author')].filter(a "
                                              "=> a.textContent.includes('\\u202e'))"
                                              ".map(a => getComputedStyle(a).unicodeBidi)"))
                    .toStringList();
            for (const QString &value : bidi)
                QCOMPARE(value, QStringLiteral("isolate"));

            const QString text =
                evaluate(view, QStringLiteral("document.body.textContent")).toString();
            if (text.contains(sentence) && text.contains(QLatin1String("deepest text")))
                sentenceShown = true;
        }
        QVERIFY2(sentenceShown, qPrintable(sentence));
    }

    // The harness itself: a script that does run, and a request that is made, are seen.
    void theChecksWouldSeeAnEscape()
    {
        ThreadDocument doc;
        doc.sourceKind = QStringLiteral("test");
        doc.sourceId = QStringLiteral("control");
        doc.title = QStringLiteral("Control");
        const qint64 id = m_library->threads().saveThread(doc).value();
        ThreadView view(*m_library);
        view.resize(800, 600);
        view.show();
        QVERIFY(open(view, id));
        evaluate(view, QStringLiteral("window.__pwned = 1"));
        QCOMPARE(evaluate(view, QStringLiteral("typeof window.__pwned")).toString(),
                 QStringLiteral("number"));
        // The page's CSP and ThreadPage stop requests before the interceptor sees them;
        // a bare page on the same profile shows that the interceptor counts what it blocks.
        QWebEnginePage probe(view.profile());
        QSignalSpy probed(&probe, &QWebEnginePage::loadFinished);
        probe.load(QUrl(QStringLiteral("http://127.0.0.1:%1/control").arg(m_server.serverPort())));
        QVERIFY(probed.wait(30000));
        QVERIFY(view.interceptor().blockedCount() > 0);
        QVERIFY(m_reachedServer.isEmpty());
    }
};

int main(int argc, char **argv)
{
    return ThreadViewTesting::run<TestHostileCorpus>(argc, argv, "tst_hostilecorpus");
}

#include "tst_hostilecorpus.moc"
