#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Scholia {

struct AnnotationLink;

// scholia link A B --as TYPE [--note TEXT] [--db PATH] [--wait]: links annotation A to
// annotation B ("A rebuts B") and prints the new link's id once it is saved.
class LinkCommand
{
    Q_DECLARE_TR_FUNCTIONS(LinkCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    static int save(const AnnotationLink &draft, const QString &database, bool wait,
                    QTextStream &out, QTextStream &err);
};

} // namespace Scholia
