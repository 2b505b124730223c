#include "rendercommand.h"

#include "render/threadhtmlrenderer.h"
#include "render/threadscripts.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/threadstore.h"
#include "subcommandline.h"

#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <optional>

namespace Scholia {

namespace {

// A web resource's text; nothing when this build does not have it.
std::optional<QString> webResource(const QString &name)
{
    QFile file(QStringLiteral(":/web/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

} // namespace

int RenderCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandLine line(
        QStringLiteral("render"),
        tr("Write a thread as the one HTML page the thread view shows, self-contained: the "
           "stylesheet and script are inline and the page loads nothing from anywhere."),
        SubcommandLine::ThreadArgument::Required);
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("The HTML file to write (replaced whole)."), tr("FILE"));
    line.parser().addOption(outputOption);
    if (auto exit = line.parse(arguments, out, err))
        return *exit;
    const qint64 id = line.threadId();
    const QString outputPath = line.parser().value(outputOption);
    if (outputPath.isEmpty()) {
        err << tr("scholia render: no output file given (-o FILE.html)") << '\n';
        return 2;
    }

    ThreadHtmlRenderer::Options options;
    const std::optional<QString> stylesheet = webResource(QStringLiteral("thread.css"));
    if (!stylesheet) {
        err << tr("scholia render: the thread stylesheet is missing from this build") << '\n';
        return 1;
    }
    options.inlineStylesheet = *stylesheet;
    // The scripts are optional: without them the page still reads, it only does not collapse.
    options.inlineScripts = ThreadScripts::texts().value_or(QStringList());

    const auto library = line.openLibrary(err);
    if (!library)
        return 1;
    auto thread = library->threads().loadThread(id);
    if (!thread) {
        err << thread.error().toString() << '\n';
        return 1;
    }
    // As the view would show it: subtrees the reader collapsed stay collapsed.
    auto viewState = library->threads().loadViewState(id);
    if (!viewState) {
        err << viewState.error().toString() << '\n';
        return 1;
    }
    options.viewState = *viewState;
    // And with the reader's highlights, as the view draws them.
    auto annotations = library->annotations().listForThread(id);
    if (!annotations) {
        err << annotations.error().toString() << '\n';
        return 1;
    }
    options.annotations = std::move(annotations).value();

    // QSaveFile writes beside the target and renames on commit: an interrupted render
    // never leaves half a page where a whole one was.
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        err << tr("scholia render: cannot write %1: %2").arg(outputPath, file.errorString())
            << '\n';
        return 1;
    }
    file.write(ThreadHtmlRenderer::render(*thread, options).toUtf8());
    if (!file.commit()) {
        err << tr("scholia render: cannot write %1: %2").arg(outputPath, file.errorString())
            << '\n';
        return 1;
    }
    return 0;
}

} // namespace Scholia
