#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Scholia {

// scholia map ID|--tag TAG -o FILE.svg|FILE.dot [--db PATH]: a thread's or a topic's
// argument map, laid out by Graphviz as SVG, or the DOT it was made from.
class MapCommand
{
    Q_DECLARE_TR_FUNCTIONS(MapCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Scholia
