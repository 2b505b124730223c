#include "graphvizsvg.h"

#include "svgsanitizer.h"

#include <QMutex>
#include <QMutexLocker>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>

#include <dlfcn.h>

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

// Graphviz measures labels with its pango plugin, through fontconfig: the same fonts the
// page then draws the SVG with, so text fits its box. That plugin loses memory at every
// label (Graphviz 2.43 with pango 1.50), which LeakSanitizer reports in make test-asan and
// the fuzz build. Those builds name the dot layout and the core SVG writer to Graphviz as
// built-in plugins instead, so nothing else is loaded: labels are measured with Graphviz's
// own font metrics there (the layout is the same, the boxes a little narrow), which is all
// a sanitizer build needs to check our side.
#if defined(__SANITIZE_ADDRESS__)
#define SCHOLIA_GRAPHVIZ_WITHOUT_PANGO 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SCHOLIA_GRAPHVIZ_WITHOUT_PANGO 1
#endif
#endif

#ifdef SCHOLIA_GRAPHVIZ_WITHOUT_PANGO
void *pluginLibrary(const char *file, const char *symbol)
{
    const QByteArray path = QByteArrayLiteral(SCHOLIA_GRAPHVIZ_PLUGIN_DIR "/") + file;
    void *handle = dlopen(path.constData(), RTLD_NOW | RTLD_LOCAL);
    return handle ? dlsym(handle, symbol) : nullptr;
}

GVC_t *newContext()
{
    static lt_symlist_t builtins[3] = {};
    void *layout = pluginLibrary("libgvplugin_dot_layout.so." SCHOLIA_GRAPHVIZ_PLUGIN_VERSION,
                                 "gvplugin_dot_layout_LTX_library");
    void *writer = pluginLibrary("libgvplugin_core.so." SCHOLIA_GRAPHVIZ_PLUGIN_VERSION,
                                 "gvplugin_core_LTX_library");
    if (!layout || !writer)
        return gvContext();
    builtins[0] = {"gvplugin_dot_layout_LTX_library", layout};
    builtins[1] = {"gvplugin_core_LTX_library", writer};
    return gvContextPlugins(builtins, 0);
}
#else
GVC_t *newContext()
{
    return gvContext();
}
#endif

// One context for the process: it loads the plugins once. Never freed, on purpose.
GVC_t *context()
{
    static GVC_t *gvc = [] {
        agseterrf(collectMessage);
        agseterr(AGWARN);
        return newContext();
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
