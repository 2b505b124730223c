#include "libraryownership.h"

#include "app/mainwindow.h"

#include <utility>

namespace Scholia {

LibraryOwnership::LibraryOwnership(const QString &libraryPath, QObject *parent)
    : QObject(parent), m_lock(libraryPath), m_channel(libraryPath)
{
}

bool LibraryOwnership::handOver(const QStringList &files)
{
    return m_channel.handOver(files);
}

bool LibraryOwnership::acquire()
{
    const bool writer = m_lock.tryLock();
    // Read-only windows answer too: one window per library, even a read-only one.
    if (!m_channel.listen())
        qWarning("Scholia: cannot listen for other Scholia processes on this library");
    return writer;
}

void LibraryOwnership::attach(MainWindow &window)
{
    connect(
        &m_channel, &InstanceChannel::filesReceived, &window, [&window](const QStringList &files) {
            window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window.show();
            window.raise();
            window.activateWindow();
            if (!files.isEmpty())
                window.importFiles(files);
        });
    if (isWriter())
        return;
    window.setReadOnly(m_lock.holderPid());
    connect(&window, &MainWindow::writeAccessRetryRequested, this,
            [this, &window] { retry(window); });
}

void LibraryOwnership::retry(MainWindow &window)
{
    if (!m_lock.tryLock()) {
        window.setReadOnly(m_lock.holderPid()); // the holder may have changed
        return;
    }
    // The store was opened read-only: a new session opens it for writing.
    m_reopen = true;
    window.close();
}

} // namespace Scholia
