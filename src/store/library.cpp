#include "library.h"

#include "annotationlinkstore.h"
#include "annotationstore.h"
#include "librarybackups.h"
#include "libraryintegrity.h"
#include "librarytransaction.h"
#include "readstatestore.h"
#include "schemamigrator.h"
#include "searchengine.h"
#include "sqlitedatabase.h"
#include "sqliteerror.h"
#include "tagstore.h"
#include "threadhistorystore.h"
#include "threadnotesstore.h"
#include "threadstore.h"
#include "threadtagstore.h"
#include "topicstore.h"

#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace Scholia {

namespace {

// A new library's page size (issue 17, round 4): importing 10 000 Reddit comments with
// 8 KiB pages makes half the reads and writes of 4 KiB ones (SQLite's default), for a
// file 5 % smaller; 16 KiB halves them again for no further gain measured, while every
// random read a search makes of a 10-million-comment library would copy twice as much.
// A library keeps the page size it was made with.
constexpr int newLibraryPageSize = 8192;

Error storeError(const SqliteError &error, const QString &doing)
{
    return Error::of(QStringLiteral("%1: %2").arg(doing, error.message()));
}

// PASSIVE: a reader still using the log only makes the copy stop short, not an error.
Result<void> checkpointPassive(SqliteDatabase &db, const QString &path)
{
    try {
        db.execute(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        return {};
    } catch (const SqliteError &error) {
        return storeError(error, QStringLiteral("cannot checkpoint the library %1").arg(path));
    }
}

} // namespace

Library::Library(std::unique_ptr<SqliteDatabase> db)
    : m_db(std::move(db)), m_threads(std::make_unique<ThreadStore>(*m_db)),
      m_annotations(std::make_unique<AnnotationStore>(*m_db)),
      m_links(std::make_unique<AnnotationLinkStore>(*m_db)),
      m_tags(std::make_unique<TagStore>(*m_db)),
      m_threadTags(std::make_unique<ThreadTagStore>(*m_db)),
      m_notes(std::make_unique<ThreadNotesStore>(*m_db)),
      m_topics(std::make_unique<TopicStore>(*m_db)),
      m_search(std::make_unique<SearchEngine>(*m_db)),
      m_history(std::make_unique<ThreadHistoryStore>(*m_db)),
      m_readState(std::make_unique<ReadStateStore>(*m_db))
{
}

// The stores go before the connection they use.
Library::~Library() = default;

Result<std::unique_ptr<Library>> Library::open(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::of(QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
    try {
        auto db = std::make_unique<SqliteDatabase>(path);
        db->execute(QStringLiteral("PRAGMA busy_timeout = 5000"));
        // Before anything reads: SQLite fixes the page size when the first page is written,
        // never once the library is in WAL mode, and ignores this for a library with pages.
        db->execute(QStringLiteral("PRAGMA page_size = %1").arg(newLibraryPageSize));
        // Before anything writes: a damaged library is refused, untouched, so that a restore
        // (LibraryBackups) can still start from it. quick_check reads every page: 20-40 ms
        // for 10 000 comments (17 MB), 0.9 s warm to 3.3 s cold for the 1.2 GB bench library
        // of 1 000 000, so files over 256 MB skip it on open (about 0.2-0.7 s at the limit;
        // backups are still checked before a restore, SQLite still reports corruption it
        // meets while reading, and the window checks a library that failed to open).
        if (info.size() <= quickCheckLimitBytes)
            if (const QString problem = LibraryIntegrity::quickCheck(db->handle());
                !problem.isEmpty())
                return Error::of(QStringLiteral("the library %1 is damaged and was left as it is "
                                                "(SQLite's check said: %2)")
                                     .arg(path, problem));
        db->execute(QStringLiteral("PRAGMA journal_mode = WAL"));
        // FULL: a committed annotation survives a power cut, not only a crash.
        db->execute(QStringLiteral("PRAGMA synchronous = FULL"));
        db->execute(QStringLiteral("PRAGMA foreign_keys = ON"));
        // A library that holds data is backed up before its schema changes; if the
        // backup fails, nothing is migrated.
        SchemaMigrator::migrate(*db, [&](int toVersion) {
            auto backup =
                LibraryBackups(path).create(*db, QStringLiteral("before-v%1").arg(toVersion));
            if (!backup)
                throw SqliteError(SQLITE_CANTOPEN, backup.error().message);
        });
        return std::unique_ptr<Library>(new Library(std::move(db)));
    } catch (const SqliteError &error) {
        return storeError(error, QStringLiteral("cannot open the library %1").arg(path));
    }
}

Result<std::unique_ptr<Library>> Library::openReadOnly(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error::of(QStringLiteral("the library %1 does not exist yet").arg(path));
    try {
        auto db = std::make_unique<SqliteDatabase>(path, SqliteDatabase::Access::ReadOnly);
        db->execute(QStringLiteral("PRAGMA busy_timeout = 5000"));
        db->execute(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (const qint64 version = db->queryInt(QStringLiteral("PRAGMA user_version"));
            version != SchemaMigrator::latestVersion())
            return Error::of(QStringLiteral("the library %1 has schema version %2, this Scholia "
                                            "needs %3, and it cannot be upgraded while read-only")
                                 .arg(path)
                                 .arg(version)
                                 .arg(SchemaMigrator::latestVersion()));
        return std::unique_ptr<Library>(new Library(std::move(db)));
    } catch (const SqliteError &error) {
        return storeError(error, QStringLiteral("cannot open the library %1").arg(path));
    }
}

void Library::leaveCheckpointsToLater(bool leave)
{
    m_db->execute(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(leave ? 0 : 1000));
    sqlite3_db_config(m_db->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, leave ? 1 : 0, nullptr);
}

Result<void> Library::checkpointEarlierImports()
{
    return checkpointPassive(*m_db, path());
}

Result<void> Library::checkpointWithOwnConnection(const QString &path)
{
    try {
        SqliteDatabase db(path);
        db.execute(QStringLiteral("PRAGMA busy_timeout = 5000"));
        return checkpointPassive(db, path);
    } catch (const SqliteError &error) {
        return storeError(error, QStringLiteral("cannot checkpoint the library %1").arg(path));
    }
}

bool Library::isReadOnly() const
{
    return sqlite3_db_readonly(m_db->handle(), "main") == 1;
}

QString Library::path() const
{
    return m_db->path();
}

QString Library::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

int Library::schemaVersion() const
{
    return int(m_db->queryInt(QStringLiteral("PRAGMA user_version")));
}

Result<std::unique_ptr<LibraryTransaction>> Library::transaction()
{
    try {
        return std::make_unique<LibraryTransaction>(*m_db);
    } catch (const SqliteError &error) {
        return storeError(error, QStringLiteral("cannot begin a transaction"));
    }
}

Result<LibraryBackup> Library::backUp(const QString &reason, const QDateTime &now)
{
    return LibraryBackups(path()).create(*m_db, reason, now);
}

} // namespace Scholia
