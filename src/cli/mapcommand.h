#pragma once

#include "core/argumentmap.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Scholia {

class Library;

// scholia map ID|--tag TAG -o FILE.svg|FILE.dot [--db PATH]: a thread's or a topic's
// argument map, laid out by Graphviz as SVG, or the DOT it was made from.
class MapCommand
{
    Q_DECLARE_TR_FUNCTIONS(MapCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    // A topic's map when tag is given, else the thread's (which must exist).
    static Result<ArgumentMap> load(Library &library, const QString &tag, qint64 threadId);
};

} // namespace Scholia
