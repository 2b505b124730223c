#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace Scholia {

// The one-writer rule for a library: a lock file beside it ("library.sqlite.lock") that
// holds the writing process's pid. Whoever writes (the window, `scholia import`,
// `scholia annotate`) holds it for as long as it may write; readers need none (WAL).
// A lock left by a process that died (crash, SIGKILL) is stale and taken over.
class LibraryWriterLock
{
public:
    explicit LibraryWriterLock(const QString &libraryPath);
    ~LibraryWriterLock(); // releases the lock if held
    LibraryWriterLock(const LibraryWriterLock &) = delete;
    LibraryWriterLock &operator=(const LibraryWriterLock &) = delete;

    // True when this object now holds the lock (also when it already did).
    bool tryLock();
    // Waits as long as it takes (`--wait`); false only when the lock cannot be made at all
    // (a folder that cannot be written).
    bool lock();
    bool isLocked() const;
    void unlock();

    // The process holding the lock after a failed tryLock(); 0 when it cannot be read
    // (e.g. the lock file cannot be created at all).
    qint64 holderPid() const;
    // Why tryLock() failed when no other process holds it (an unwritable folder), else empty.
    QString failure() const;

    QString lockFilePath() const { return m_lockPath; }
    static QString lockPathFor(const QString &libraryPath);

private:
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Scholia
