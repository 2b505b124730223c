#pragma once

#include "app/library/instancechannel.h"
#include "store/librarywriterlock.h"

#include <QObject>

#include <utility>

namespace Scholia {

class MainWindow;

// Never two writers on one library. The window process either hands its files to the
// window already open on the library and stops, or holds the library's writer lock (and
// answers later processes), or — when a process that has no window holds the lock, such
// as `scholia import` — opens the library read-only behind a banner with Retry.
class LibraryOwnership : public QObject
{
    Q_OBJECT

public:
    explicit LibraryOwnership(const QString &libraryPath, QObject *parent = nullptr);

    // True when a window on this library took the files (absolute paths): this process is done.
    bool handOver(const QStringList &files);
    // Takes the writer lock if it can and starts answering later processes; true when
    // this process may write. Kept across library sessions (restore, Retry).
    bool acquire();
    bool isWriter() const { return m_lock.isLocked(); }
    qint64 writerPid() const { return m_lock.holderPid(); }

    // Files handed over go to the window's import (or its refusal, read-only) and bring it
    // to the front; a read-only window gets its banner and Retry.
    void attach(MainWindow &window);
    // True once (then false) when Retry got the lock: the window closed, reopen writable.
    bool takeReopenRequest() { return std::exchange(m_reopen, false); }

private:
    void retry(MainWindow &window);

    LibraryWriterLock m_lock;
    InstanceChannel m_channel;
    bool m_reopen = false;
};

} // namespace Scholia
