#include "commandwriterlock.h"

#include <QCommandLineOption>
#include <QTextStream>

namespace Scholia {

CommandWriterLock::CommandWriterLock(const QString &libraryPath)
    : m_libraryPath(libraryPath), m_lock(libraryPath)
{
}

QCommandLineOption CommandWriterLock::waitOption()
{
    return QCommandLineOption(QStringLiteral("wait"),
                              tr("When another Scholia process is writing to the library, wait "
                                 "until it is done instead of stopping."));
}

bool CommandWriterLock::acquire(const QString &command, bool wait, QTextStream &err)
{
    if (m_lock.tryLock())
        return true;
    if (const QString failure = m_lock.failure(); !failure.isEmpty()) {
        err << tr("%1: %2").arg(command, failure) << '\n';
        return false;
    }
    const qint64 pid = m_lock.holderPid();
    if (wait) {
        err << tr("%1: waiting for Scholia process %2 to stop writing to %3…")
                   .arg(command)
                   .arg(pid)
                   .arg(m_libraryPath)
            << '\n';
        err.flush();
        if (m_lock.lock())
            return true;
        err << tr("%1: %2").arg(command, m_lock.failure()) << '\n';
        return false;
    }
    err << tr("%1: the library %2 is open for writing in another Scholia process (pid %3); "
              "nothing was written. Close that window or wait for that command to finish, "
              "then run this again (or add --wait).")
               .arg(command, m_libraryPath)
               .arg(pid)
        << '\n';
    return false;
}

} // namespace Scholia
