// scholia-bench-export (`make bench-export`): a generated 1 000-comment thread with 200
// annotations printed to PDF, as DESIGN.md's "Measures that matter" asks. Prints the
// time of each step and the page count; measures, asserts nothing.
// --comments N, --annotations N, --runs R, --keep FILE (keep the last PDF to look at),
// --html FILE (write the HTML it prints, for `make bench` to print with Chromium too).

#include "core/annotatedthread.h"
#include "core/highlightpalette.h"
#include "export/pdfexporter.h"
#include "export/threadexporter.h"
#include "import/importsource.h"
#include "import/redditjsonimporter.h"
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
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("run"), -4)
               .arg(QStringLiteral("html ms"), 9)
               .arg(QStringLiteral("loaded ms"), 10)
               .arg(QStringLiteral("pdf ms"), 9)
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
        if (!html || !file.open(QIODevice::WriteOnly) || file.write(html->toUtf8()) < 0) {
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
        // Stages: laying out (announced by start()), printing (the page has loaded), writing.
        qint64 loadMs = -1;
        int stage = 0;
        QObject::connect(&exporter, &PdfExporter::progress, &loop, [&](const QString &) {
            if (++stage == 2)
                loadMs = timer.elapsed();
        });
        timer.restart();
        exporter.start(*html, options, path);
        loop.exec();
        const qint64 pdfMs = timer.elapsed();
        QObject::disconnect(&exporter, nullptr, &loop, nullptr);
        if (!failure.isEmpty()) {
            out << QStringLiteral("failed: %1\n").arg(failure);
            return 1;
        }
        QPdfDocument document;
        document.load(path);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(run, -4)
                   .arg(htmlMs, 9)
                   .arg(loadMs, 10)
                   .arg(pdfMs, 9)
                   .arg(document.pageCount(), 6)
                   .arg(QFileInfo(path).size() / 1024, 9);
        out.flush();
    }
    out << QStringLiteral("html ms: ThreadScope + PrintHtmlRenderer; loaded ms: the page loaded, "
                          "printing starts; pdf ms: load + printToPdf + page numbers + write\n");
    return 0;
}
