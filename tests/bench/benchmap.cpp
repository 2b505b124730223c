// scholia-bench-map (`make bench-map`): how long the thread map beside the view takes to
// lay out and draw a generated thread of 50 000 and of 200 000 comments, with an
// annotation on every 100th comment, half of them unread and a find hit on every 50th.
// Also what reading the thread from a library costs when the map must do it itself.
// A benchmark, not a test: it asserts nothing and prints a table (BenchTable).
// --comments N[,N…] (50000,200000), --runs R (5), --height PX (900), --json FILE.

#include "app/threadview/threadmaplayout.h"
#include "app/threadview/threadmapstrip.h"
#include "benchtable.h"
#include "core/annotation.h"
#include "core/highlightpalette.h"
#include "import/importsource.h"
#include "import/reddit/redditjsonimporter.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/threadstore.h"
#include "threadgenerator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Scholia;
using Unit = BenchTable::Unit;

namespace {

struct Marks
{
    std::vector<Annotation> annotations;
    QSet<QString> unread;
    QSet<QString> fresh;
    QList<int> findHits;
};

Marks marksFor(const ThreadDocument &thread)
{
    Marks marks;
    const QStringList colours = HighlightPalette::names();
    for (size_t i = 0; i < thread.comments.size(); ++i) {
        const QString &id = thread.comments[i].sourceId;
        if (i % 100 == 7) {
            Annotation a;
            a.commentSourceId = id;
            a.color = colours.at(int(i / 100) % colours.size());
            marks.annotations.push_back(a);
        }
        if (i % 2 == 0)
            marks.unread.insert(id);
        if (i % 10 == 0)
            marks.fresh.insert(id);
        if (i % 50 == 3)
            marks.findHits << int(i);
    }
    return marks;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

[[noreturn]] void fail(const QString &message)
{
    QTextStream(stderr) << "scholia-bench-map: " << message << Qt::endl;
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the thread map's layout and drawing for generated threads."));
    parser.addHelpOption();
    const QCommandLineOption comments(QStringLiteral("comments"),
                                      QStringLiteral("Thread sizes (50000,200000)."),
                                      QStringLiteral("N[,N…]"), QStringLiteral("50000,200000"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Runs of each measure (5)."), QStringLiteral("R"),
                                  QStringLiteral("5"));
    const QCommandLineOption height(QStringLiteral("height"),
                                    QStringLiteral("The strip's height in pixels (900)."),
                                    QStringLiteral("PX"), QStringLiteral("900"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Also write every sample as JSON to FILE."),
                                  QStringLiteral("FILE"));
    parser.addOptions({comments, runs, height, json});
    parser.process(app);
    QList<int> sizes;
    for (const QString &size : parser.value(comments).split(QLatin1Char(','))) {
        bool ok = false;
        sizes << size.toInt(&ok);
        if (!ok || sizes.last() < 1)
            fail(QStringLiteral("--comments needs positive numbers"));
    }
    const int runCount = std::max(1, parser.value(runs).toInt());
    const int stripHeight = std::max(1, parser.value(height).toInt());

    QStringList columns;
    for (const int size : sizes)
        columns << QStringLiteral("%1 comments").arg(size);
    BenchTable table(columns);
    for (int column = 0; column < sizes.size(); ++column) {
        const int size = sizes.at(column);
        QTextStream(stderr) << "generating and importing " << size << " comments" << Qt::endl;
        const QByteArray data = ThreadGenerator(1).redditJson(size);
        auto threads =
            RedditJsonImporter().parse(ImportSource{QStringLiteral("generated.json"), data});
        if (!threads || threads->empty())
            fail(threads ? QStringLiteral("no thread") : threads.error().toString());
        const ThreadDocument &thread = threads->front();
        const Marks marks = marksFor(thread);

        // The map takes a thread from the page's own reading (ThreadSchemeHandler::threadServed);
        // it reads the library itself only when it is shown with a thread already open.
        QTemporaryDir dir;
        auto library = Library::open(dir.filePath(QStringLiteral("library.sqlite")));
        if (!library)
            fail(library.error().toString());
        const auto threadId = (*library)->threads().saveThread(thread);
        if (!threadId)
            fail(threadId.error().toString());

        ThreadMapStrip strip;
        strip.resize(strip.sizeHint().width(), stripHeight);
        for (int run = 0; run < runCount; ++run) {
            QElapsedTimer loading;
            loading.start();
            if (!(*library)->threads().loadThread(*threadId) ||
                !(*library)->annotations().listForThread(*threadId))
                fail(QStringLiteral("cannot read the thread back"));
            table.add(QStringLiteral("map: read from the library (shown with the thread open)"),
                      Unit::Seconds, column, msSince(loading) / 1000);

            QElapsedTimer timer;
            timer.start();
            ThreadMapLayout layout;
            layout.setComments(thread.comments);
            layout.setAnnotations(marks.annotations);
            layout.setReadMarks(marks.unread, marks.fresh);
            layout.setFindHits(marks.findHits);
            table.add(QStringLiteral("map: layout data (comments, annotations, marks, hits)"),
                      Unit::Seconds, column, msSince(timer) / 1000);
            timer.restart();
            const std::vector<ThreadMapRow> rows =
                layout.rows(stripHeight, strip.treeArea().width());
            table.add(QStringLiteral("map: bins for a %1-pixel strip").arg(stripHeight),
                      Unit::Seconds, column, msSince(timer) / 1000);
            if (run == 0)
                table.add(QStringLiteral("map: bands drawn"), Unit::Count, column,
                          double(rows.size()));

            // The widget: the same data, then the cached drawing made once, then a scroll.
            timer.restart();
            strip.setComments(thread.comments);
            strip.setAnnotations(marks.annotations);
            strip.setReadMarks(marks.unread, marks.fresh);
            strip.setFindHits(marks.findHits);
            strip.grab();
            table.add(QStringLiteral("map: strip, data to the first paint (whole thread change)"),
                      Unit::Seconds, column, msSince(timer) / 1000);
            timer.restart();
            strip.setViewport(size / 3, size / 3 + 40);
            strip.grab();
            table.add(QStringLiteral("map: strip, repaint after a scroll (cached drawing)"),
                      Unit::Seconds, column, msSince(timer) / 1000);
        }
    }
    QTextStream out(stdout);
    out << QStringLiteral("Scholia thread map benchmark: Qt %1, strip %2 px high, %3 run(s); "
                          "annotation on every "
                          "100th comment, half unread, a find hit on every 50th\n\n")
               .arg(QString::fromLatin1(qVersion()))
               .arg(stripHeight)
               .arg(runCount)
        << table.toText();
    if (parser.isSet(json)) {
        QFile file(parser.value(json));
        if (!file.open(QIODevice::WriteOnly) || file.write(table.toJson()) < 0)
            fail(QStringLiteral("cannot write %1").arg(parser.value(json)));
    }
    return 0;
}
