#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Scholia {

// scholia tags [--db PATH]: every tag with how many annotations and threads carry it.
class TagsCommand
{
    Q_DECLARE_TR_FUNCTIONS(TagsCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Scholia
