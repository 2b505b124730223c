#include "exportcommand.h"

#include "export/pdfexporter.h"
#include "export/threadexporter.h"
#include "library/annotatedthreadloader.h"
#include "store/library.h"
#include "store/threadstore.h"
#include "subcommandline.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <unistd.h>

namespace Scholia {

namespace {

std::optional<ExportFormat> formatNamed(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return ExportFormat::Html;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return ExportFormat::Markdown;
    return std::nullopt;
}

std::optional<ExportScope> scopeNamed(const QString &name)
{
    if (name == QLatin1String("whole"))
        return ExportScope::WholeThread;
    if (name == QLatin1String("annotated"))
        return ExportScope::AnnotatedWithContext;
    if (name == QLatin1String("collapsed"))
        return ExportScope::CollapseState;
    if (name == QLatin1String("subtree"))
        return ExportScope::Subtree;
    return std::nullopt;
}

int printPdf(const QString &html, const ExportOptions &options, const QString &path,
             QTextStream &out, QTextStream &err)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        err << ExportCommand::tr(
                   "scholia export: a PDF needs the scholia executable's own start-up "
                   "(QtWebEngine needs a GUI application object)")
            << '\n';
        return 1;
    }
    PdfExporter exporter;
    QEventLoop loop;
    int exit = 1;
    QObject::connect(
        &exporter, &PdfExporter::finished, &loop,
        [&](PdfExporter::Outcome outcome, const QString &message) {
            if (outcome == PdfExporter::Outcome::Written) {
                out << ExportCommand::tr("%1: %n page(s)", nullptr, exporter.pageCount()).arg(path)
                    << '\n';
                exit = 0;
            } else {
                err << QStringLiteral("scholia export: %1").arg(message) << '\n';
            }
            loop.quit();
        });
    exporter.start(html, options, path);
    if (exporter.isRunning())
        loop.exec();
    return exit;
}

} // namespace

void ExportCommand::prepareWebEngine()
{
    // A command-line export shows no window: without a display, Qt's offscreen platform
    // (which QtWebEngine prints on as well) instead of failing to connect to one; offscreen
    // has no GPU for Chromium either. A platform or flags the user chose are kept.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" &&
        qEnvironmentVariableIsEmpty("QTWEBENGINE_CHROMIUM_FLAGS"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");
    // Chromium refuses to start its sandbox as root, so as root a PDF export could never
    // work (containers and CI run as root). Turning the sandbox off is acceptable for this
    // one page only: it is Scholia's own sanitized HTML, JavaScript is off, and every request
    // but the page itself is blocked (PdfExporter). It affects this process and its web
    // engine helpers, nothing else; a value the user set, either way, is kept.
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // QtWebEngine asks for it
    // Qt 6.4 prints its whole GL set-up as info on every start; a command's output is not the
    // place. QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.webenginecontext.info=false"));
}

namespace {

void addOptions(QCommandLineParser &parser)
{
    const auto option = [&parser](const QStringList &names, const QString &description,
                                  const QString &value = QString()) {
        parser.addOption(QCommandLineOption(names, description, value));
    };
    option({QStringLiteral("o"), QStringLiteral("output")},
           ExportCommand::tr("The file to write (replaced whole)."), ExportCommand::tr("FILE"));
    option({QStringLiteral("format")},
           ExportCommand::tr("pdf, html or md (default: from the file's extension)."),
           ExportCommand::tr("FORMAT"));
    option({QStringLiteral("annotated-only")},
           ExportCommand::tr("Only annotated comments, with their ancestors as context."));
    option({QStringLiteral("scope")},
           ExportCommand::tr("whole (default), annotated, collapsed (as left in the view) or "
                             "subtree (with --from)."),
           ExportCommand::tr("SCOPE"));
    option({QStringLiteral("from")},
           ExportCommand::tr("The comment (its site id) a subtree export starts at; implies "
                             "--scope subtree."),
           ExportCommand::tr("COMMENT"));
    option({QStringLiteral("page-size")}, ExportCommand::tr("A4 (default) or Letter."),
           ExportCommand::tr("SIZE"));
    option({QStringLiteral("margin")},
           ExportCommand::tr("Page margins in millimetres (default 15)."), ExportCommand::tr("MM"));
    option({QStringLiteral("font-size")}, ExportCommand::tr("Text size in points (default 10)."),
           ExportCommand::tr("PT"));
    option({QStringLiteral("greyscale")},
           ExportCommand::tr(
               "Highlights as patterns and labelled colours, for black-and-white printing."));
    option({QStringLiteral("notes")},
           ExportCommand::tr("endnotes (default) or boxes (after each comment)."),
           ExportCommand::tr("WHERE"));
    option({QStringLiteral("versions")},
           ExportCommand::tr("Edited comments with their earlier texts: marked changes in PDF and "
                             "HTML, quoted in Markdown."));
}

// The options from the command line, or the usage error to report.
Result<ExportOptions> readOptions(const QCommandLineParser &parser, const QString &path)
{
    const auto value = [&parser](const char *name) { return parser.value(QLatin1String(name)); };
    const auto isSet = [&parser](const char *name) { return parser.isSet(QLatin1String(name)); };
    ExportOptions options;
    const QString formatName = isSet("format") ? value("format") : QFileInfo(path).suffix();
    const std::optional<ExportFormat> format = formatNamed(formatName);
    if (!format)
        return Error::of(
            ExportCommand::tr("unknown format \"%1\" (pdf, html or md)").arg(formatName));
    options.format = *format;
    if (isSet("annotated-only"))
        options.scope = ExportScope::AnnotatedWithContext;
    if (isSet("scope")) {
        const std::optional<ExportScope> scope = scopeNamed(value("scope"));
        if (!scope || isSet("annotated-only"))
            return Error::of(ExportCommand::tr("--scope is one of whole, annotated, collapsed, "
                                               "subtree (and not with --annotated-only)"));
        options.scope = *scope;
    }
    if (isSet("from")) {
        options.scope = ExportScope::Subtree;
        options.subtreeRoot = value("from");
    } else if (options.scope == ExportScope::Subtree) {
        return Error::of(ExportCommand::tr("--scope subtree needs --from COMMENT"));
    }
    if (isSet("page-size")) {
        const QString page = value("page-size").toLower();
        if (page != QLatin1String("a4") && page != QLatin1String("letter"))
            return Error::of(ExportCommand::tr("--page-size is A4 or Letter"));
        options.pageSize = page == QLatin1String("letter") ? PageSize::Letter : PageSize::A4;
    }
    bool ok = true;
    if (isSet("margin"))
        options.marginMm = value("margin").toDouble(&ok);
    if (!ok || options.marginMm < 0 || options.marginMm > 60)
        return Error::of(ExportCommand::tr("--margin is a number of millimetres from 0 to 60"));
    if (isSet("font-size"))
        options.fontSizePt = value("font-size").toDouble(&ok);
    if (!ok || options.fontSizePt < 6 || options.fontSizePt > 24)
        return Error::of(ExportCommand::tr("--font-size is a number of points from 6 to 24"));
    options.greyscale = isSet("greyscale");
    options.includeVersions = isSet("versions");
    if (isSet("notes")) {
        const QString notes = value("notes");
        if (notes != QLatin1String("endnotes") && notes != QLatin1String("boxes"))
            return Error::of(ExportCommand::tr("--notes is endnotes or boxes"));
        options.notes =
            notes == QLatin1String("boxes") ? NotePlacement::Boxes : NotePlacement::Endnotes;
    }
    return options;
}

} // namespace

int ExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandLine line(
        QStringLiteral("export"),
        tr("Export a thread with its highlights, tags and notes: a PDF to hand to someone, a "
           "self-contained HTML file (no script, nothing loaded from anywhere) or Markdown."),
        SubcommandLine::ThreadArgument::Required);
    addOptions(line.parser());
    if (auto exit = line.parse(arguments, out, err))
        return *exit;
    const QString path = line.parser().value(QStringLiteral("output"));
    if (path.isEmpty())
        return line.usageError(err, tr("no output file given (-o FILE)"));
    const Result<ExportOptions> options = readOptions(line.parser(), path);
    if (!options)
        return line.usageError(err, options.error().message);

    const auto library = line.openLibrary(err);
    if (!library)
        return 1;
    const auto source = AnnotatedThreadLoader::load(*library, line.threadId());
    if (!source) {
        err << source.error().toString() << '\n';
        return 1;
    }
    if (options->format != ExportFormat::Pdf) {
        const Result<void> written = ThreadExporter::writeText(*source, *options, path);
        if (!written) {
            err << QStringLiteral("scholia export: %1").arg(written.error().message) << '\n';
            return 1;
        }
        return 0;
    }
    const Result<QString> html = ThreadExporter::printHtml(*source, *options);
    if (!html) {
        err << QStringLiteral("scholia export: %1").arg(html.error().message) << '\n';
        return 1;
    }
    return printPdf(*html, *options, path, out, err);
}

} // namespace Scholia
