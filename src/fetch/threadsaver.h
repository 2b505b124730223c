#pragma once

#include "core/result.h"
#include "fetchpolicy.h"
#include "threadaddress.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace Scholia {

class SaveArchive;
class SiteFetcher;

// What a save from an address left on disk, ready to import.
struct SavedThread
{
    QUrl address;
    QString folder;     // the archive folder: raw/ responses, save.json, the thread file
    QString threadFile; // the assembled thread, in its site's format
    QString format;     // the importer that reads it
    int requests = 0;
    QStringList notes;
};

// Saves one thread from its address: picks the site's fetcher, lets it ask the site's
// public interface for the whole thread, keeps every response in an archive folder and
// the assembled thread beside them. Nothing is imported here (the caller does that, in
// one transaction), and a failed or cancelled save removes its folder again.
class ThreadSaver : public QObject
{
    Q_OBJECT

public:
    ThreadSaver(FetchPolicy policy, QString archiveRoot, QObject *parent = nullptr);
    ~ThreadSaver() override;

    void start(const ThreadAddress &address);
    void cancel();
    bool isRunning() const;
    // Set once finished() was emitted.
    const std::optional<Result<SavedThread>> &result() const { return m_result; }
    int requestsMade() const;

signals:
    void requestStarted(const QUrl &url, int number);
    void requestFinished(const QUrl &url, int status, qint64 bytes);
    void waiting(int seconds, const QString &reason);
    void progress(int requests, int comments);
    void finished();

private:
    void onFetcherFinished();
    void finishWith(Result<SavedThread> result);

    FetchPolicy m_policy;
    QString m_archiveRoot;
    ThreadAddress m_address;
    std::unique_ptr<SaveArchive> m_archive;
    std::unique_ptr<SiteFetcher> m_fetcher;
    std::optional<Result<SavedThread>> m_result;
    int m_comments = 0;
};

} // namespace Scholia
