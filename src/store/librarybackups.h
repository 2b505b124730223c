#pragma once

#include "core/result.h"
#include "librarybackup.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace Scholia {

class SqliteDatabase;

// The backups/ folder beside a library file: copies made with SQLite's online backup API
// (consistent even while the library is open and being written), named so that they sort
// by time: "library-2026-11-24T07-30-00Z-daily.sqlite".
class LibraryBackups
{
public:
    static constexpr int defaultKeep = 7;

    explicit LibraryBackups(const QString &libraryPath);
    QString folder() const;
    QString libraryPath() const { return m_libraryPath; }

    // Copies the library db has open into the folder: written under a temporary name and
    // renamed, so a crash never leaves a half backup that looks whole. reason is a short
    // lowercase word ("daily", "manual", "before-v3").
    Result<LibraryBackup> create(SqliteDatabase &db, const QString &reason,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // The same through a connection of its own, opened and closed here: for a worker
    // thread (a connection belongs to the thread that opened it).
    Result<LibraryBackup> createWithOwnConnection(const QString &reason) const;
    // Newest first. Replaced libraries (kept by restore) are listed too.
    std::vector<LibraryBackup> list() const;
    // Deletes all but the newest keep backups. Never deletes a "replaced" library (the only
    // copy of what was there before a restore) nor keepAlso (the backup just made).
    Result<int> prune(int keep = defaultKeep, const QString &keepAlso = {}) const;
    // True when no backup is younger than 24 hours.
    bool dailyBackupDue(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Makes backup the library. Only while no connection to the library is open: the
    // backup is verified (PRAGMA integrity_check) first, the current library (even a
    // damaged one, with its write-ahead log) is kept in the folder as "…-replaced.sqlite",
    // then the library file is replaced and its stale -wal/-shm removed. Returns the
    // replaced copy's path (empty when there was no library).
    Result<QString> restore(const LibraryBackup &backup) const;

    // Copies the database db has open to the file to with SQLite's backup API: one
    // consistent snapshot in a self-contained file (rollback journal). Also moves a library.
    static Result<void> copyDatabase(SqliteDatabase &db, const QString &to);

private:
    QString nameFor(const QDateTime &time, const QString &reason) const;

    QString m_libraryPath;
};

} // namespace Scholia
