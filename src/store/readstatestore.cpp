#include "readstatestore.h"

#include "sqlitedatabase.h"
#include "sqliteerror.h"
#include "sqlitestatement.h"
#include "sqlitetransaction.h"
#include "threadreadcounts.h"

#include <QDateTime>

#include <sqlite3.h>

namespace Scholia {

ReadStateStore::ReadStateStore(SqliteDatabase &db) : m_db(db)
{
}

void ReadStateStore::requireThread(qint64 threadId) const
{
    SqliteStatement query = m_db.prepare(QStringLiteral("SELECT 1 FROM threads WHERE id = ?1"));
    query.bind(1, threadId);
    if (!query.step())
        throw SqliteError(SQLITE_NOTFOUND,
                          tr("there is no thread %1 in the library").arg(threadId));
}

void ReadStateStore::mark(qint64 threadId, const QStringList &sourceIds, bool read, qint64 now)
{
    SqliteStatement update = m_db.prepare(
        QStringLiteral("UPDATE comments SET read_at = ?3 WHERE thread_id = ?1 AND source_id = ?2 "
                       "AND more_count IS NULL AND (read_at IS NULL) = ?4"));
    for (const QString &id : sourceIds) {
        update.bind(1, threadId).bind(2, id).bind(4, read);
        if (read)
            update.bind(3, now);
        else
            update.bindNull(3);
        update.run();
        update.reset();
    }
}

Result<void> ReadStateStore::markRead(qint64 threadId, const QStringList &sourceIds, bool read)
{
    try {
        SqliteTransaction transaction(m_db);
        requireThread(threadId);
        mark(threadId, sourceIds, read, QDateTime::currentSecsSinceEpoch());
        ThreadReadCounts::recount(m_db, threadId);
        transaction.commit();
        return {};
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot change what is read in thread %1").arg(threadId));
    }
}

Result<QStringList> ReadStateStore::unreadIds(qint64 threadId) const
{
    try {
        requireThread(threadId);
        SqliteStatement query =
            m_db.prepare(QStringLiteral("SELECT c.source_id FROM comments c WHERE c.thread_id = ?1 "
                                        "AND %1 ORDER BY c.position")
                             .arg(QLatin1String(ThreadReadCounts::unreadCondition())));
        query.bind(1, threadId);
        QStringList ids;
        while (query.step())
            ids << query.columnText(0);
        return ids;
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot read what is unread in thread %1").arg(threadId));
    }
}

Result<void> ReadStateStore::setUnread(qint64 threadId, const QStringList &unreadSourceIds)
{
    try {
        SqliteTransaction transaction(m_db);
        requireThread(threadId);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        SqliteStatement readAll = m_db.prepare(QStringLiteral(
            "UPDATE comments SET read_at = ?2 WHERE thread_id = ?1 AND read_at IS NULL"));
        readAll.bind(1, threadId).bind(2, now).run();
        mark(threadId, unreadSourceIds, false, now);
        ThreadReadCounts::recount(m_db, threadId);
        transaction.commit();
        return {};
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot change what is read in thread %1").arg(threadId));
    }
}

Result<ReadCounts> ReadStateStore::counts(qint64 threadId) const
{
    try {
        SqliteStatement query = m_db.prepare(
            QStringLiteral("SELECT new_count, unread_count FROM threads WHERE id = ?1"));
        query.bind(1, threadId);
        if (!query.step())
            return Error::of(tr("there is no thread %1 in the library").arg(threadId));
        return ReadCounts{query.columnInt(0), query.columnInt(1)};
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot read what is unread in thread %1").arg(threadId));
    }
}

Result<void> ReadStateStore::markVisited(qint64 threadId)
{
    try {
        SqliteTransaction transaction(m_db);
        requireThread(threadId);
        SqliteStatement update = m_db.prepare(QStringLiteral(
            "UPDATE threads SET seen_save_id = (SELECT max(s.id) FROM thread_saves s "
            "WHERE s.thread_id = threads.id) WHERE id = ?1"));
        update.bind(1, threadId).run();
        ThreadReadCounts::recount(m_db, threadId);
        transaction.commit();
        return {};
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot mark thread %1 visited").arg(threadId));
    }
}

} // namespace Scholia
