#include "threadtagstore.h"

#include "sqlitedatabase.h"
#include "sqliteerror.h"
#include "sqlitestatement.h"
#include "sqlitetransaction.h"
#include "tagresolver.h"

namespace Scholia {

ThreadTagStore::ThreadTagStore(SqliteDatabase &db) : m_db(db)
{
}

Result<QStringList> ThreadTagStore::tags(qint64 threadId) const
{
    try {
        return readTags(threadId);
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot read the tags of thread %1").arg(threadId));
    }
}

Result<QStringList> ThreadTagStore::setTags(qint64 threadId, const QStringList &names)
{
    const auto tags = TagResolver::normalizeAll(names);
    if (!tags)
        return tags.error();
    try {
        SqliteTransaction transaction(m_db);
        if (m_db.queryInt(
                QStringLiteral("SELECT count(*) FROM threads WHERE id = %1").arg(threadId)) == 0)
            return Error::of(tr("there is no thread %1 in the library").arg(threadId));
        QStringList previous = readTags(threadId);
        SqliteStatement clear =
            m_db.prepare(QStringLiteral("DELETE FROM thread_tags WHERE thread_id = ?1"));
        clear.bind(1, threadId).run();
        TagResolver resolver(m_db);
        SqliteStatement attach = m_db.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO thread_tags (thread_id, tag_id) VALUES (?1, ?2)"));
        for (const QString &name : *tags) {
            attach.bind(1, threadId).bind(2, resolver.findOrCreate(name)).run();
            attach.reset();
        }
        transaction.commit();
        return previous;
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot tag thread %1").arg(threadId));
    }
}

QStringList ThreadTagStore::readTags(qint64 threadId) const
{
    SqliteStatement rows = m_db.prepare(QStringLiteral(R"sql(
        SELECT t.name FROM thread_tags tt JOIN tags t ON t.id = tt.tag_id
        WHERE tt.thread_id = ?1 ORDER BY t.name COLLATE NOCASE, t.name)sql"));
    rows.bind(1, threadId);
    QStringList names;
    while (rows.step())
        names << rows.columnText(0);
    return names;
}

} // namespace Scholia
