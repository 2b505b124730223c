#pragma once

#include "store/librarywriterlock.h"

#include <QCoreApplication>
#include <QString>

class QCommandLineOption;
class QTextStream;

namespace Scholia {

// The writer lock a writing subcommand (import, annotate) holds while it runs. When
// another process writes to the library, the command says which one and what to do and
// writes nothing — or, with --wait, waits until that process is done.
class CommandWriterLock
{
    Q_DECLARE_TR_FUNCTIONS(CommandWriterLock)

public:
    explicit CommandWriterLock(const QString &libraryPath);

    static QCommandLineOption waitOption();
    // True when the lock is held; otherwise the reason is on err and the command stops.
    bool acquire(const QString &command, bool wait, QTextStream &err);

private:
    QString m_libraryPath;
    LibraryWriterLock m_lock;
};

} // namespace Scholia
