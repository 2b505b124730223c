#include "threadreadcounts.h"

#include "sqlitedatabase.h"
#include "sqlitestatement.h"

namespace Scholia {

const char *ThreadReadCounts::unreadCondition()
{
    return "c.read_at IS NULL AND c.more_count IS NULL";
}

const char *ThreadReadCounts::newCondition()
{
    return "c.read_at IS NULL AND c.more_count IS NULL AND c.in_latest_save = 1 "
           "AND c.text_save_id > coalesce(t.seen_save_id, 0)";
}

void ThreadReadCounts::recount(SqliteDatabase &db, qint64 threadId)
{
    SqliteStatement update =
        db.prepare(QStringLiteral(R"sql(
        UPDATE threads AS t SET
            unread_count = (SELECT count(*) FROM comments c WHERE c.thread_id = t.id AND %1),
            new_count = (SELECT count(*) FROM comments c WHERE c.thread_id = t.id AND %2)
        WHERE t.id = ?1)sql")
                       .arg(QLatin1String(unreadCondition()), QLatin1String(newCondition())));
    update.bind(1, threadId).run();
}

} // namespace Scholia
