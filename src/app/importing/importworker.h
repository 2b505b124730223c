#pragma once

#include "core/error.h"
#include "library/libraryimporter.h"

#include <QObject>
#include <QStringList>

#include <atomic>

namespace Scholia {

class Library;

// Imports one batch of files on a worker thread. It opens a connection of its own to the
// library, because a SQLite connection must not be shared between threads; WAL lets the
// window keep reading while this one writes.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    // cancel is owned by the caller, outlives run(), and may be set from any thread: the
    // file in progress is then rolled back and the files after it are not started.
    ImportWorker(const QString &libraryPath, const QStringList &paths,
                 const std::atomic<bool> *cancel, QObject *parent = nullptr);

    // Runs the whole batch, blocking; meant for the thread this object lives on.
    void run();

signals:
    void fileStarted(int index, const QString &path);
    void fileFinished(int index, const Scholia::FileImportResult &result);
    // Inside a community dump (.zst): compressed bytes read in the first pass, then
    // threads stored (threadsTotal 0 while reading); at the start of each pass, then a
    // few times a second at most.
    void dumpProgress(qint64 bytesRead, qint64 bytesTotal, qint64 threadsDone, qint64 threadsTotal);
    // The library could not be opened: no file was tried.
    void failed(const Scholia::Error &error);
    void finished();

private:
    FileImportResult importDump(Library &library, const QString &path);

    QString m_libraryPath;
    QStringList m_paths;
    const std::atomic<bool> *m_cancel;
};

} // namespace Scholia
