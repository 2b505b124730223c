#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Scholia {

struct ArgumentMap;

// scholia links ID [--db PATH] [--json]: the links with an end on a thread, oldest first,
// with where each end is and whether it is still found.
class LinksCommand
{
    Q_DECLARE_TR_FUNCTIONS(LinksCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    static QStringList tabSeparated(const ArgumentMap &map);
    static QByteArray json(const ArgumentMap &map);
};

} // namespace Scholia
