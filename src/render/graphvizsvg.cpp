#include "graphvizsvg.h"

#include "svgsanitizer.h"

#include <QMutex>
#include <QMutexLocker>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>

namespace Scholia {

namespace {

QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

// Graphviz reports through a callback; the messages of one call, under the mutex.
QString &graphvizMessages()
{
    static QString messages;
    return messages;
}

int collectMessage(char *message)
{
    graphvizMessages() += QString::fromUtf8(message).trimmed() + QLatin1Char(' ');
    return 0;
}

// One context for the process: it loads the plugins once. Never freed, on purpose.
GVC_t *context()
{
    static GVC_t *gvc = [] {
        agseterrf(collectMessage);
        agseterr(AGWARN);
        return gvContext();
    }();
    return gvc;
}

struct GraphCloser
{
    void operator()(Agraph_t *graph) const { agclose(graph); }
};

} // namespace

Result<QString> GraphvizSvg::renderUnsanitized(const QString &dot)
{
    QMutexLocker lock(&graphvizMutex());
    GVC_t *gvc = context();
    graphvizMessages().clear();
    if (!gvc)
        return Error::of(tr("Graphviz could not start"));
    const QByteArray text = dot.toUtf8();
    std::unique_ptr<Agraph_t, GraphCloser> graph(agmemread(text.constData()));
    if (!graph)
        return Error::of(
            tr("Graphviz could not read the map: %1").arg(graphvizMessages().trimmed()));
    if (gvLayout(gvc, graph.get(), "dot") != 0)
        return Error::of(
            tr("Graphviz could not lay out the map: %1").arg(graphvizMessages().trimmed()));
    char *data = nullptr;
    unsigned int length = 0;
    const int rendered = gvRenderData(gvc, graph.get(), "svg", &data, &length);
    QString svg = rendered == 0 && data ? QString::fromUtf8(data, qsizetype(length)) : QString();
    gvFreeRenderData(data);
    gvFreeLayout(gvc, graph.get());
    if (rendered != 0 || svg.isEmpty())
        return Error::of(
            tr("Graphviz could not draw the map as SVG: %1").arg(graphvizMessages().trimmed()));
    return svg;
}

Result<QString> GraphvizSvg::render(const QString &dot)
{
    auto svg = renderUnsanitized(dot);
    if (!svg)
        return svg.error();
    return SvgSanitizer::sanitize(*svg);
}

} // namespace Scholia
