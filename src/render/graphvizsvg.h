#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace Scholia {

// Lays out a DOT graph with Graphviz's `dot` (libgvc, in memory: no process, no file)
// and draws it as SVG, which is then sanitized (SvgSanitizer) before anyone sees it.
// Graphviz keeps global state, so calls take turns, from any thread.
class GraphvizSvg
{
    Q_DECLARE_TR_FUNCTIONS(GraphvizSvg)

public:
    static Result<QString> render(const QString &dot);
    // The SVG Graphviz drew, before sanitizing: for tests that check the sanitizer has
    // something to do, and nothing else.
    static Result<QString> renderUnsanitized(const QString &dot);
};

} // namespace Scholia
