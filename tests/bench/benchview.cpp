// scholia-bench-view: how long the real thread view takes to open a big thread and a
// very deep one, and what that costs in memory. A benchmark, not a test: it asserts
// nothing and prints a table (DESIGN.md, "Measures that matter").

#include "app/threadview/threadschemehandler.h"
#include "benchtable.h"
#include "core/threaddocument.h"
#include "import/importsource.h"
#include "import/reddit/redditjsonimporter.h"
#include "memoryprobe.h"
#include "render/threadhtmlrenderer.h"
#include "render/threadscripts.h"
#include "store/library.h"
#include "store/threadstore.h"
#include "threadgenerator.h"
#include "viewbenchmark.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

using namespace Scholia;
using Unit = BenchTable::Unit;

struct Options
{
    int comments = 10000;
    int deep = 100000;
    int runs = 3;
    quint64 seed = 1;
    QString json; // also write every sample here (BenchTable::toJson)
};

enum Column
{
    Busy,
    Chain
};

void setDefault(const char *name, const QByteArray &value)
{
    if (!qEnvironmentVariableIsSet(name))
        qputenv(name, value);
}

double secondsOf(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// Freed memory goes back to the system, so the next peak RSS starts from what is in use.
void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

QTextStream &log()
{
    static QTextStream err(stderr);
    return err;
}

[[noreturn]] void fail(const QString &message)
{
    log() << "scholia-bench-view: " << message << Qt::endl;
    std::exit(1);
}

Options parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Opens a generated thread of N comments and a reply chain D deep in the real thread "
        "view (offscreen) and prints how long each step took and the memory it used."));
    parser.addHelpOption();
    const QCommandLineOption comments(QStringLiteral("comments"),
                                      QStringLiteral("Comments in the busy thread (10000)."),
                                      QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption deep(QStringLiteral("deep"),
                                  QStringLiteral("Depth of the reply chain; 0 skips it (100000)."),
                                  QStringLiteral("D"), QStringLiteral("100000"));
    const QCommandLineOption runs(
        QStringLiteral("runs"),
        QStringLiteral("Openings of each thread; the table shows median (min – max) (3)."),
        QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Generator seed (1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Also write every sample as JSON to FILE."),
                                  QStringLiteral("FILE"));
    parser.addOptions({comments, deep, runs, seed, json});
    parser.process(app);
    Options options;
    bool ok[4] = {};
    options.comments = parser.value(comments).toInt(&ok[0]);
    options.deep = parser.value(deep).toInt(&ok[1]);
    options.runs = parser.value(runs).toInt(&ok[2]);
    options.seed = parser.value(seed).toULongLong(&ok[3]);
    options.json = parser.value(json);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || options.comments < 1 || options.deep < 0 ||
        options.runs < 1)
        fail(QStringLiteral(
            "--comments, --runs need positive numbers, --deep and --seed non-negative ones"));
    return options;
}

// The options the view's scheme handler renders with: linked stylesheet and scripts.
ThreadHtmlRenderer::Options viewRenderOptions()
{
    ThreadHtmlRenderer::Options options;
    options.pageComments = ThreadSchemeHandler::defaultPageComments;
    options.commentsPerChunk = ThreadSchemeHandler::defaultCommentsPerChunk;
    options.stylesheetUrl = QStringLiteral("scholia://app/thread.css");
    options.scriptUrls = {QStringLiteral("scholia://app/qwebchannel.js")};
    for (const QString &name : ThreadScripts::fileNames())
        options.scriptUrls << QStringLiteral("scholia://app/") + name;
    return options;
}

QString shapeOf(const ThreadDocument &doc)
{
    int shallow = 0, maxDepth = 0, placeholders = 0;
    for (const Comment &c : doc.comments) {
        placeholders += c.isPlaceholder() ? 1 : 0;
        shallow += !c.isPlaceholder() && c.depth <= 3 ? 1 : 0;
        maxDepth = qMax(maxDepth, c.depth);
    }
    const int real = doc.realCommentCount();
    return QStringLiteral("%1 comments + %2 \"more\" stubs; %3 % at depth 0–3; deepest %4")
        .arg(real)
        .arg(placeholders)
        .arg(100.0 * shallow / qMax(1, real), 0, 'f', 1)
        .arg(maxDepth);
}

qint64 importBusyThread(Library &library, const Options &options, BenchTable &table)
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray json = ThreadGenerator(options.seed).redditJson(options.comments);
    table.add(QStringLiteral("generate"), Unit::Seconds, Busy, secondsOf(timer));
    table.add(QStringLiteral("Reddit JSON size"), Unit::Bytes, Busy, double(json.size()));

    timer.restart();
    auto threads = RedditJsonImporter().parse(ImportSource{QStringLiteral("generated.json"), json});
    if (!threads)
        fail(threads.error().toString());
    table.add(QStringLiteral("import: parse + sanitize"), Unit::Seconds, Busy, secondsOf(timer));
    log() << "busy thread: " << shapeOf(threads->front()) << Qt::endl;

    timer.restart();
    auto ids = library.threads().saveThreads(*threads);
    if (!ids)
        fail(ids.error().toString());
    table.add(QStringLiteral("import: library (SQLite + FTS5)"), Unit::Seconds, Busy,
              secondsOf(timer));
    return ids->front();
}

qint64 storeChain(Library &library, const Options &options, BenchTable &table)
{
    QElapsedTimer timer;
    timer.start();
    const ThreadDocument chain = ThreadGenerator(options.seed).replyChain(options.deep);
    table.add(QStringLiteral("generate"), Unit::Seconds, Chain, secondsOf(timer));
    table.note(QStringLiteral("Reddit JSON size"), Chain, QStringLiteral("(built directly)"));
    table.note(QStringLiteral("import: parse + sanitize"), Chain,
               QStringLiteral("(built directly)"));
    timer.restart();
    auto id = library.threads().saveThread(chain);
    if (!id)
        fail(id.error().toString());
    table.add(QStringLiteral("import: library (SQLite + FTS5)"), Unit::Seconds, Chain,
              secondsOf(timer));
    return *id;
}

qint64 storeWarmUpThread(Library &library)
{
    ThreadDocument warmUp = ThreadGenerator(0).replyChain(3);
    warmUp.sourceId = QStringLiteral("warmup");
    auto id = library.threads().saveThread(warmUp);
    if (!id)
        fail(id.error().toString());
    return *id;
}

void measureRender(Library &library, qint64 threadId, int column, BenchTable &table)
{
    QElapsedTimer timer;
    timer.start();
    auto doc = library.threads().loadThread(threadId);
    if (!doc)
        fail(doc.error().toString());
    table.add(QStringLiteral("load from library"), Unit::Seconds, column, secondsOf(timer));
    timer.restart();
    const QByteArray html = ThreadHtmlRenderer::render(*doc, viewRenderOptions()).toUtf8();
    table.add(QStringLiteral("render to HTML (+UTF-8)"), Unit::Seconds, column, secondsOf(timer));
    table.add(QStringLiteral("HTML size"), Unit::Bytes, column, double(html.size()));
}

void measureView(ViewBenchmark &bench, qint64 threadId, int column, int timeoutSeconds,
                 BenchTable &table)
{
    const ViewMeasurement m = bench.open(threadId, timeoutSeconds);
    if (!m.failure.isEmpty()) {
        log() << "  view: " << m.failure << Qt::endl;
        table.note(QStringLiteral("view: loadFinished"), column, m.failure);
        return;
    }
    log() << QStringLiteral("  view: loadFinished %1 s, interactive %2 s (%3 comments built), painted %4 s, "
                            "PSS %5 MiB; of %6 comments, end in %7 s (PSS %8 MiB), middle in %9 s, "
                            "at most %10 built, PSS %11 MiB after scrolling through")
                 .arg(m.loadFinished, 0, 'f', 3)
                 .arg(m.laidOut, 0, 'f', 3)
                 .arg(m.comments)
                 .arg(m.painted, 0, 'f', 3)
                 .arg(double(m.pss) / (1024 * 1024), 0, 'f', 0)
                 .arg(m.allComments)
                 .arg(m.jumpToEnd, 0, 'f', 3)
                 .arg(double(m.pssAtEnd) / (1024 * 1024), 0, 'f', 0)
                 .arg(m.jumpToMiddle, 0, 'f', 3)
                 .arg(m.mostBuilt)
                 .arg(double(m.pssScrolledThrough) / (1024 * 1024), 0, 'f', 0)
          << Qt::endl
          << QStringLiteral("  view: PSS by process once painted (MiB): %1").arg(m.pssByProcess)
          << Qt::endl;
    const std::pair<const char *, double> phases[] = {
        {"page clock: first byte of the HTML", m.responseStart},
        {"page clock: last byte of the HTML", m.responseEnd},
        {"page clock: HTML parsed (domInteractive)", m.domInteractive},
        {"page clock: DOMContentLoaded handlers done", m.contentLoaded},
    };
    for (const auto &[label, seconds] : phases) {
        if (seconds >= 0)
            table.add(QString::fromLatin1(label), Unit::Seconds, column, seconds);
    }
    table.add(QStringLiteral("view: loadFinished"), Unit::Seconds, column, m.loadFinished);
    // The label stays for run-benchmarks.py; what it measures is ViewMeasurement::laidOut.
    table.add(QStringLiteral("view: last comment laid out"), Unit::Seconds, column, m.laidOut);
    table.add(QStringLiteral("view: comments built when interactive"), Unit::Count, column, m.comments);
    if (m.jumpToEnd >= 0) {
        table.add(QStringLiteral("view: jump to the end"), Unit::Seconds, column, m.jumpToEnd);
        table.add(QStringLiteral("PSS after jumping to the end"), Unit::Bytes, column, double(m.pssAtEnd));
    }
    if (m.jumpToMiddle >= 0) {
        table.add(QStringLiteral("view: jump to a comment in the middle"), Unit::Seconds, column,
                  m.jumpToMiddle);
        table.add(QStringLiteral("view: jump to a comment in the middle, the page's script alone"),
                  Unit::Seconds, column, m.jumpToMiddleInPage);
    }
    if (m.pssScrolledThrough >= 0)
        table.add(QStringLiteral("PSS after scrolling through the whole thread"), Unit::Bytes, column,
                  double(m.pssScrolledThrough));
    if (m.findInThread >= 0) {
        table.add(QStringLiteral("view: find in thread, every comment read"), Unit::Seconds, column,
                  m.findInThread);
        table.add(QStringLiteral("PSS after Find in Thread"), Unit::Bytes, column, double(m.pssAfterFind));
    }
    table.add(QStringLiteral("view: most comments built at once"), Unit::Count, column, m.mostBuilt);
    if (m.painted >= 0)
        table.add(QStringLiteral("view: next frame painted"), Unit::Seconds, column, m.painted);
    else
        table.note(QStringLiteral("view: next frame painted"), column,
                   QStringLiteral("no frame (offscreen?)"));
    const QString firstPaint = QStringLiteral("view: first contentful paint (page clock)");
    if (m.firstPaint >= 0)
        table.add(firstPaint, Unit::Seconds, column, m.firstPaint);
    else
        table.note(firstPaint, column, QStringLiteral("not reported"));
    table.add(QStringLiteral("view: comments in the page"), Unit::Count, column, m.allComments);
    table.add(QStringLiteral("view: requests blocked"), Unit::Count, column, m.blockedRequests);
    table.add(QStringLiteral("peak RSS, this process (VmHWM)"), Unit::Bytes, column,
              double(m.peakRss));
    table.add(QStringLiteral("PSS, this + web engine processes"), Unit::Bytes, column,
              double(m.pss));
}

} // namespace

int main(int argc, char **argv)
{
    // Run as root without a display, like CI: no sandbox, offscreen, no GPU.
    setDefault("QTWEBENGINE_DISABLE_SANDBOX", "1");
    setDefault("QT_QPA_PLATFORM", "offscreen");
    setDefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --disable-dev-shm-usage");
    ThreadSchemeHandler::registerScheme();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("scholia-bench-view"));
    const Options options = parseOptions(app);

    QTemporaryDir dir;
    auto library = Library::open(dir.filePath(QStringLiteral("library.sqlite")));
    if (!library)
        fail(library.error().toString());

    const QStringList columns{QStringLiteral("%1 comments").arg(options.comments),
                              QStringLiteral("%1-deep chain").arg(options.deep)};
    BenchTable table(options.deep > 0 ? columns : columns.mid(0, 1));
    const qint64 warmUp = storeWarmUpThread(**library);
    const qint64 busy = importBusyThread(**library, options, table);
    const qint64 chain = options.deep > 0 ? storeChain(**library, options, table) : 0;
    releaseFreedMemory();

    ViewBenchmark bench(**library, warmUp);
    for (int run = 1; run <= options.runs; ++run) {
        log() << "run " << run << '/' << options.runs << ": " << columns.at(Busy) << Qt::endl;
        measureRender(**library, busy, Busy, table);
        releaseFreedMemory();
        measureView(bench, busy, Busy, 120, table);
        if (chain) {
            log() << "run " << run << '/' << options.runs << ": " << columns.at(Chain) << Qt::endl;
            measureRender(**library, chain, Chain, table);
            releaseFreedMemory();
            measureView(bench, chain, Chain, 900, table);
        }
    }

    QTextStream out(stdout);
    out << QStringLiteral(
               "Scholia thread view benchmark: Qt %1, Chromium %2, %3 CPUs, seed %4, %5 run(s)\n")
               .arg(QString::fromLatin1(qVersion()),
                    QString::fromLatin1(qWebEngineChromiumVersion()))
               .arg(QThread::idealThreadCount())
               .arg(options.seed)
               .arg(options.runs)
        << QStringLiteral("QT_QPA_PLATFORM=%1 QTWEBENGINE_CHROMIUM_FLAGS=\"%2\"\n")
               .arg(qEnvironmentVariable("QT_QPA_PLATFORM"),
                    qEnvironmentVariable("QTWEBENGINE_CHROMIUM_FLAGS"))
        << QStringLiteral(
               "Times from showThread(); peak RSS from just before it; PSS once painted.\n\n")
        << table.toText();
    if (!options.json.isEmpty()) {
        QFile file(options.json);
        if (!file.open(QIODevice::WriteOnly) || file.write(table.toJson()) < 0)
            fail(QStringLiteral("cannot write %1").arg(options.json));
    }
    return 0;
}
