#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Scholia {

// scholia show ID [--db PATH] [--tree]
class ShowCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Scholia
