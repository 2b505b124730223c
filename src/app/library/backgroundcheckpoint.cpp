#include "backgroundcheckpoint.h"

#include "store/library.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

namespace Scholia {

BackgroundCheckpoint::BackgroundCheckpoint(QString libraryPath) : m_libraryPath(std::move(libraryPath)) {}

BackgroundCheckpoint::~BackgroundCheckpoint()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundCheckpoint::start()
{
    if (m_thread || QFileInfo(m_libraryPath + QStringLiteral("-wal")).size() == 0)
        return;
    m_thread = QThread::create([path = m_libraryPath] {
        // A log left uncopied is only copied later: a warning, never a crash.
        QElapsedTimer timer;
        timer.start();
        if (auto copied = Library::checkpointWithOwnConnection(path); !copied)
            qWarning("checkpoint: %s", qPrintable(copied.error().toString()));
        else
            qInfo("checkpoint of %s in %lld ms", qPrintable(path), static_cast<long long>(timer.elapsed()));
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace Scholia
