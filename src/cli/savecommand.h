#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Scholia {

// `scholia save URL…`: fetches each thread whole from its site's public interface, keeps
// the responses in an archive folder beside the library, and imports the thread (a second
// save of the same address merges like a re-import).
class SaveCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Scholia
