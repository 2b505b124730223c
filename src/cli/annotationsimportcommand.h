#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Scholia {

// scholia annotations import FILE... [--db PATH] [--wait]: merges W3C Web Annotation
// files into the library, one summary line per file.
class AnnotationsImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationsImportCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Scholia
