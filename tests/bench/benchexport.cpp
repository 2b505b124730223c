// scholia-bench-export (`make bench-export`): a generated 1 000-comment thread with 200
// annotations printed to PDF, as DESIGN.md's "Measures that matter" asks. Prints the
// time of each step, the CPU the web engine's processes spent, and the page count;
// measures, asserts nothing.
// --comments N, --annotations N, --runs R, --keep FILE (keep the last PDF to look at),
// --html FILE (write the very page PdfExporter loads, for `make bench` to print with
// Chromium too).

#include "core/annotatedthread.h"
#include "core/highlightpalette.h"
#include "export/pdfexporter.h"
#include "export/threadexporter.h"
#include "import/importsource.h"
#include "import/reddit/redditjsonimporter.h"
#include "memoryprobe.h"
#include "threadgenerator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <unistd.h>

using namespace Scholia;

namespace {

// Every n-th comment gets a passage (a run of words from its middle) or, every fifth
// time, a whole-comment annotation; tags and notes on some. Deterministic.
std::vector<Annotation> annotate(const ThreadDocument &thread, int count)
{
    std::vector<Annotation> annotations;
    std::vector<const Comment *> candidates;
    for (const Comment &c : thread.comments) {
        if (!c.isPlaceholder() && c.state == CommentState::Normal && c.bodyText.size() > 40)
            candidates.push_back(&c);
    }
    if (candidates.empty() || count <= 0)
        return annotations;
    const QStringList colours = HighlightPalette::names();
    const size_t step = std::max<size_t>(1, candidates.size() / size_t(count));
    for (size_t i = 0; annotations.size() < size_t(count) && i < candidates.size() * step;
         i += step) {
        const Comment &c = *candidates[i % candidates.size()];
        Annotation a;
        a.id = qint64(annotations.size()) + 1;
        a.commentSourceId = c.sourceId;
        a.color = colours.at(int(annotations.size()) % colours.size());
        if (annotations.size() % 5 != 4) {
            const qsizetype start = c.bodyText.indexOf(QLatin1Char(' '), c.bodyText.size() / 4) + 1;
            const qsizetype end =
                std::min(c.bodyText.size(), start + 30 + qsizetype(annotations.size() % 50));
            a.position = TextPositionSelector{start, end};
            a.quote.exact = c.bodyText.mid(start, end - start);
        }
        if (annotations.size() % 2 == 0)
            a.tags = {QStringLiteral("topic/t%1").arg(annotations.size() % 7)};
        if (annotations.size() % 3 == 0)
            a.note =
                QStringLiteral("Note %1: worth a second look, compare with the earlier argument.")
                    .arg(annotations.size() + 1);
        annotations.push_back(a);
    }
    return annotations;
}

// CPU time (user + system) spent so far by this process's descendants: QtWebEngine's
// renderer does the layout and the PDF. On a shared machine a wall time says as much
// about the neighbours as about the export; this figure much less so.
qint64 engineCpuMs()
{
    const long ticksPerSecond = ::sysconf(_SC_CLK_TCK);
    qint64 ticks = 0;
    for (const qint64 pid : MemoryProbe::descendants()) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // Fields after the command name, which may hold spaces: utime and stime are 14 and 15.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12)
            ticks += fields[11].toLongLong() + fields[12].toLongLong();
    }
    return ticksPerSecond > 0 ? ticks * 1000 / ticksPerSecond : -1;
}

} // namespace

int main(int argc, char **argv)
{
    // Headless like `scholia export`: offscreen, no GPU, and no sandbox as root.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_CHROMIUM_FLAGS"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("qt.webenginecontext.info=false"));
    QCommandLineParser parser;
    const QCommandLineOption commentsOption(QStringLiteral("comments"), QStringLiteral("Comments."),
                                            QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption annotationsOption(QStringLiteral("annotations"),
                                               QStringLiteral("Annotations."), QStringLiteral("N"),
                                               QStringLiteral("200"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs."),
                                        QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), QStringLiteral("Keep the last PDF here."), QStringLiteral("FILE"));
    const QCommandLineOption htmlOption(QStringLiteral("html"),
                                        QStringLiteral("Also write the printed HTML here."),
                                        QStringLiteral("FILE"));
    parser.addOptions({commentsOption, annotationsOption, runsOption, keepOption, htmlOption});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);

    ImportSource source;
    source.path = QStringLiteral("bench.json");
    source.data = ThreadGenerator(42).redditJson(parser.value(commentsOption).toInt());
    auto threads = RedditJsonImporter().parse(source);
    if (!threads) {
        out << threads.error().toString() << '\n';
        return 1;
    }
    AnnotatedThread thread;
    thread.thread = std::move(threads->front());
    thread.annotations = annotate(thread.thread, parser.value(annotationsOption).toInt());
    thread.notesMarkdown =
        QStringLiteral("## Reading notes\n\nA generated thread, **annotated** for the benchmark.");
    thread.tags = {QStringLiteral("bench")};
    ExportOptions options;
    options.exportedAt = QDateTime::currentDateTimeUtc();

    out << QStringLiteral(
               "export benchmark: %1 comments, %2 annotations, A4, whole thread, endnotes\n")
               .arg(thread.thread.comments.size())
               .arg(thread.annotations.size());
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(QStringLiteral("run"), -4)
               .arg(QStringLiteral("html ms"), 9)
               .arg(QStringLiteral("loaded ms"), 10)
               .arg(QStringLiteral("printed ms"), 11)
               .arg(QStringLiteral("pdf ms"), 9)
               .arg(QStringLiteral("engine cpu ms"), 14)
               .arg(QStringLiteral("pages"), 6)
               .arg(QStringLiteral("size KiB"), 9);
    out.flush();
    QTemporaryDir dir;
    const QString path = parser.isSet(keepOption)
                             ? QFileInfo(parser.value(keepOption)).absoluteFilePath()
                             : dir.filePath(QStringLiteral("bench.pdf"));
    if (parser.isSet(htmlOption)) {
        const Result<QString> html = ThreadExporter::printHtml(thread, options);
        QFile file(parser.value(htmlOption));
        if (!html || !file.open(QIODevice::WriteOnly) ||
            file.write(PdfExporter::pageToPrint(*html).toUtf8()) < 0) {
            out << "cannot write " << parser.value(htmlOption) << '\n';
            return 1;
        }
    }
    PdfExporter exporter;
    for (int run = 1; run <= parser.value(runsOption).toInt(); ++run) {
        QElapsedTimer timer;
        timer.start();
        const Result<QString> html = ThreadExporter::printHtml(thread, options);
        const qint64 htmlMs = timer.elapsed();
        QEventLoop loop;
        QString failure;
        QObject::connect(&exporter, &PdfExporter::finished, &loop,
                         [&](PdfExporter::Outcome outcome, const QString &message) {
                             if (outcome != PdfExporter::Outcome::Written)
                                 failure = message;
                             loop.quit();
                         });
        // Stages: laying out (announced by start()), printing (the page has loaded), writing
        // (printToPdf's bytes arrived; page numbers and the file follow).
        qint64 loadMs = -1;
        qint64 printedMs = -1;
        int stage = 0;
        QObject::connect(&exporter, &PdfExporter::progress, &loop, [&](const QString &) {
            ++stage;
            if (stage == 2)
                loadMs = timer.elapsed();
            else if (stage == 3)
                printedMs = timer.elapsed();
        });
        const qint64 cpuBefore = engineCpuMs();
        timer.restart();
        exporter.start(*html, options, path);
        loop.exec();
        const qint64 pdfMs = timer.elapsed();
        const qint64 engineMs = engineCpuMs() - cpuBefore;
        QObject::disconnect(&exporter, nullptr, &loop, nullptr);
        if (!failure.isEmpty()) {
            out << QStringLiteral("failed: %1\n").arg(failure);
            return 1;
        }
        QPdfDocument document;
        document.load(path);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(run, -4)
                   .arg(htmlMs, 9)
                   .arg(loadMs, 10)
                   .arg(printedMs, 11)
                   .arg(pdfMs, 9)
                   .arg(engineMs, 14)
                   .arg(document.pageCount(), 6)
                   .arg(QFileInfo(path).size() / 1024, 9);
        out.flush();
    }
    out << QStringLiteral("html ms: ThreadScope + PrintHtmlRenderer; loaded ms: the page loaded, "
                          "printing starts; printed ms: printToPdf's PDF arrived; pdf ms: load + "
                          "printToPdf + page numbers + write; engine cpu ms: CPU time of the "
                          "web engine's processes in that time (the first run starts them)\n");
    return 0;
}
