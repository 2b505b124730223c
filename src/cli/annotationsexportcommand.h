#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Scholia {

// scholia annotations export [ID] -o FILE [--db PATH]: a thread's (or every thread's)
// annotations, thread notes and links as a W3C Web Annotation collection (JSON-LD).
class AnnotationsExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationsExportCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Scholia
