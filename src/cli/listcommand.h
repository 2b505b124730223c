#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Scholia {

// scholia list [--db PATH]: one line per thread.
class ListCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Scholia
