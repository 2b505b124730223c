#include "threadnotesstore.h"

#include "sqlitedatabase.h"
#include "sqliteerror.h"
#include "sqlitestatement.h"
#include "sqlitetransaction.h"

#include <QDateTime>
#include <QTimeZone>

namespace Scholia {

ThreadNotesStore::ThreadNotesStore(SqliteDatabase &db) : m_db(db)
{
}

Result<QString> ThreadNotesStore::load(qint64 threadId) const
{
    try {
        return storedText(threadId);
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot read the notes of thread %1").arg(threadId));
    }
}

Result<QDateTime> ThreadNotesStore::updated(qint64 threadId) const
{
    try {
        SqliteStatement query = m_db.prepare(
            QStringLiteral("SELECT updated_at FROM thread_notes WHERE thread_id = ?1"));
        query.bind(1, threadId);
        if (!query.step())
            return QDateTime();
        return QDateTime::fromSecsSinceEpoch(query.columnInt64(0), QTimeZone::utc());
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot read the notes of thread %1").arg(threadId));
    }
}

Result<QString> ThreadNotesStore::save(qint64 threadId, const QString &markdown)
{
    try {
        SqliteTransaction transaction(m_db);
        if (m_db.queryInt(
                QStringLiteral("SELECT count(*) FROM threads WHERE id = %1").arg(threadId)) == 0)
            return Error::of(tr("there is no thread %1 in the library").arg(threadId));
        const QString replaced = storedText(threadId);
        SqliteStatement upsert = m_db.prepare(QStringLiteral(R"sql(
            INSERT INTO thread_notes (thread_id, markdown, updated_at) VALUES (?1, ?2, ?3)
            ON CONFLICT (thread_id) DO UPDATE SET markdown = excluded.markdown,
                                                  updated_at = excluded.updated_at)sql"));
        upsert.bind(1, threadId)
            .bind(2, markdown.isNull() ? QStringLiteral("") : markdown)
            .bind(3, QDateTime::currentSecsSinceEpoch());
        upsert.run();
        transaction.commit();
        return replaced;
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot save the notes of thread %1").arg(threadId));
    }
}

QString ThreadNotesStore::storedText(qint64 threadId) const
{
    SqliteStatement query =
        m_db.prepare(QStringLiteral("SELECT markdown FROM thread_notes WHERE thread_id = ?1"));
    query.bind(1, threadId);
    return query.step() ? query.columnText(0) : QString();
}

} // namespace Scholia
