#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <vector>

class QTextStream;

namespace Scholia {

struct Annotation;

// scholia annotations ID [--db PATH] [--json]: a thread's annotations in tree order;
// "scholia annotations export|import …" hands over to AnnotationsExportCommand and
// AnnotationsImportCommand.
class AnnotationsCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationsCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    static qsizetype firstWord(const QStringList &arguments);
    static QString tabSeparated(const Annotation &annotation);
    static QByteArray json(const std::vector<Annotation> &annotations);
};

} // namespace Scholia
