#include "dailybackup.h"

#include "app/settings/appsettings.h"

#include "store/librarybackups.h"

#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

namespace Scholia {

DailyBackup::DailyBackup(const QString &libraryPath, QObject *parent)
    : QObject(parent), m_libraryPath(libraryPath)
{
}

DailyBackup::~DailyBackup()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void DailyBackup::startAfter(int milliseconds)
{
    QTimer::singleShot(milliseconds, this, &DailyBackup::start);
}

void DailyBackup::start()
{
    if (m_thread || !LibraryBackups(m_libraryPath).dailyBackupDue())
        return;
    // Read here, on the GUI thread that owns the settings object (Preferences ▸ backups kept).
    const int keep = AppSettings::instance().backupCount();
    m_thread = QThread::create([path = m_libraryPath, keep] {
        // A failed backup is a warning, never a crash.
        QElapsedTimer timer;
        timer.start();
        const LibraryBackups backups(path);
        auto made = backups.createWithOwnConnection(QStringLiteral("daily"));
        if (!made) {
            qWarning("daily backup: %s", qPrintable(made.error().toString()));
            return;
        }
        if (auto pruned = backups.prune(keep, made->path); !pruned)
            qWarning("daily backup: %s", qPrintable(pruned.error().toString()));
        qInfo("daily backup %s in %lld ms", qPrintable(made->path),
              static_cast<long long>(timer.elapsed()));
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace Scholia
