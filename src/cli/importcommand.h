#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Scholia {

// scholia import FILE... [--db PATH] [--format NAME]
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Scholia
