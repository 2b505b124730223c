#pragma once

#include "core/result.h"
#include "librarybackup.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace Scholia {

class AnnotationLinkStore;
class AnnotationStore;
class LibraryTransaction;
class ReadStateStore;
class SearchEngine;
class SqliteDatabase;
class TagStore;
class ThreadHistoryStore;
class ThreadNotesStore;
class ThreadStore;
class ThreadTagStore;
class TopicStore;

// The library: one SQLite file and the one connection to it, opened, checked and migrated
// here, and the stores that read and write its tables over that connection (threads,
// annotations, the links between them, tags, thread tags, notes, topics, search, the saves' history
// and the read state). Everything above the store reaches the library through this object; nothing
// above it sees the connection. Use it on the thread that opened it (a worker opens a Library of
// its own).
class Library
{
public:
    // Opens (creating if needed) and migrates the library at path. A damaged library
    // (PRAGMA quick_check, for files up to quickCheckLimitBytes) is an Error and is not
    // written to; one that holds data is backed up ("before-vN") before a migration.
    static Result<std::unique_ptr<Library>> open(const QString &path);
    static constexpr qint64 quickCheckLimitBytes = qint64(256) << 20;
    // Opens an existing library without writing anything to it, for when another process
    // holds its writer lock (LibraryWriterLock): every write then fails with an Error.
    // A library that would need migrating is an Error too (migrating writes).
    static Result<std::unique_ptr<Library>> openReadOnly(const QString &path);
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    ThreadStore &threads() { return *m_threads; }
    const ThreadStore &threads() const { return *m_threads; }
    AnnotationStore &annotations() { return *m_annotations; }
    AnnotationLinkStore &links() { return *m_links; }
    TagStore &tags() { return *m_tags; }
    ThreadTagStore &threadTags() { return *m_threadTags; }
    ThreadNotesStore &notes() { return *m_notes; }
    TopicStore &topics() { return *m_topics; }
    SearchEngine &search() { return *m_search; }
    ThreadHistoryStore &history() { return *m_history; }
    const ThreadHistoryStore &history() const { return *m_history; }
    ReadStateStore &readState() { return *m_readState; }
    const ReadStateStore &readState() const { return *m_readState; }

    // Makes the store calls until the transaction's commit() one transaction (each call's
    // own becomes a savepoint in it); destroyed without commit(), none of them happened.
    Result<std::unique_ptr<LibraryTransaction>> transaction();

    // A copy of the library as it is now in its backups/ folder (LibraryBackups), made
    // through this connection; reason is a short lowercase word ("manual").
    Result<LibraryBackup> backUp(const QString &reason,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc());

    // For a bulk import's connection (true): its commits are left in the write-ahead log,
    // not copied into the library file when the log grows nor when the connection closes.
    // A commit is durable once it is in the log (synchronous = FULL), so an import returns
    // when its rows are: the copy (a checkpoint, 0.17 s of a 0.72 s import of 10 000
    // comments) is made by the next connection that closes last (every other command, the
    // app) or by the next import's checkpointEarlierImports() (issue 17, round 4). False:
    // SQLite's default, the log copied whenever it passes 1 000 pages (a long dump import).
    void leaveCheckpointsToLater(bool leave);
    // Copies into the library file what earlier imports left in the write-ahead log, so
    // that a series of imports does not grow the log without end (PASSIVE: a reader
    // still using the log only makes it stop short, which is not an error).
    Result<void> checkpointEarlierImports();
    // The same copy by a connection of its own, for a worker thread while the window holds
    // the library open (BackgroundCheckpoint): otherwise the window's first write past
    // 1 000 pages, or quitting, copies an import's log on the GUI thread (issue 17, round 5).
    static Result<void> checkpointWithOwnConnection(const QString &path);

    QString path() const;
    bool isReadOnly() const;
    int schemaVersion() const;
    static QString sqliteVersion();

private:
    explicit Library(std::unique_ptr<SqliteDatabase> db);

    std::unique_ptr<SqliteDatabase> m_db;
    std::unique_ptr<ThreadStore> m_threads;
    std::unique_ptr<AnnotationStore> m_annotations;
    std::unique_ptr<AnnotationLinkStore> m_links;
    std::unique_ptr<TagStore> m_tags;
    std::unique_ptr<ThreadTagStore> m_threadTags;
    std::unique_ptr<ThreadNotesStore> m_notes;
    std::unique_ptr<TopicStore> m_topics;
    std::unique_ptr<SearchEngine> m_search;
    std::unique_ptr<ThreadHistoryStore> m_history;
    std::unique_ptr<ReadStateStore> m_readState;
};

} // namespace Scholia
