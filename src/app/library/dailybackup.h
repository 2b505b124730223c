#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace Scholia {

// The daily backup while Scholia is used: a while after start-up, when no backup is younger
// than a day, one is made on a worker thread with its own connection (SQLite's backup API
// reads a consistent snapshot while the window keeps writing), then the folder is pruned
// to the count Preferences keeps (seven by default). The destructor waits for a backup
// under way: the library may be restored only once every connection is closed.
class DailyBackup : public QObject
{
    Q_OBJECT

public:
    explicit DailyBackup(const QString &libraryPath, QObject *parent = nullptr);
    ~DailyBackup() override;
    void startAfter(int milliseconds);

private:
    void start();

    QString m_libraryPath;
    QThread *m_thread = nullptr;
};

} // namespace Scholia
