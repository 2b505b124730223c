#include "librarywriterlock.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace Scholia {

LibraryWriterLock::LibraryWriterLock(const QString &libraryPath)
    : m_lockPath(lockPathFor(libraryPath)), m_lock(std::make_unique<QLockFile>(m_lockPath))
{
    // A window holds the lock for days: only a dead holder makes it stale, never its age.
    m_lock->setStaleLockTime(0);
}

LibraryWriterLock::~LibraryWriterLock() = default; // QLockFile's destructor unlocks

QString LibraryWriterLock::lockPathFor(const QString &libraryPath)
{
    return QFileInfo(libraryPath).absoluteFilePath() + QStringLiteral(".lock");
}

bool LibraryWriterLock::tryLock()
{
    if (m_lock->isLocked())
        return true;
    QDir().mkpath(QFileInfo(m_lockPath).absolutePath()); // a first start has no folder yet
    return m_lock->tryLock(0);
}

bool LibraryWriterLock::lock()
{
    if (m_lock->isLocked())
        return true;
    QDir().mkpath(QFileInfo(m_lockPath).absolutePath());
    return m_lock->lock();
}

bool LibraryWriterLock::isLocked() const
{
    return m_lock->isLocked();
}

void LibraryWriterLock::unlock()
{
    if (m_lock->isLocked())
        m_lock->unlock();
}

qint64 LibraryWriterLock::holderPid() const
{
    qint64 pid = 0;
    QString hostName;
    QString appName;
    if (!m_lock->getLockInfo(&pid, &hostName, &appName))
        return 0;
    return pid;
}

QString LibraryWriterLock::failure() const
{
    switch (m_lock->error()) {
    case QLockFile::PermissionError:
        return QStringLiteral("cannot create the lock file %1").arg(m_lockPath);
    case QLockFile::UnknownError:
        return QStringLiteral("cannot read or write the lock file %1").arg(m_lockPath);
    case QLockFile::NoError:
    case QLockFile::LockFailedError:
        break;
    }
    return {};
}

} // namespace Scholia
