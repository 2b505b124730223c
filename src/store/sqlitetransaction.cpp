#include "sqlitetransaction.h"

#include "sqlitedatabase.h"
#include "sqliteerror.h"

#include <sqlite3.h>

namespace Scholia {

SqliteTransaction::SqliteTransaction(SqliteDatabase &db) : m_db(db)
{
    m_nested = sqlite3_get_autocommit(m_db.handle()) == 0;
    m_db.execute(m_nested ? QStringLiteral("SAVEPOINT nested") : QStringLiteral("BEGIN IMMEDIATE"));
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_finished)
        return;
    try {
        if (m_nested) {
            m_db.execute(QStringLiteral("ROLLBACK TO nested"));
            m_db.execute(QStringLiteral("RELEASE nested"));
        } else {
            m_db.execute(QStringLiteral("ROLLBACK"));
        }
    } catch (const SqliteError &) {
        // SQLite may already have rolled back (e.g. after SQLITE_FULL); nothing is left to undo.
    }
}

void SqliteTransaction::commit()
{
    m_db.execute(m_nested ? QStringLiteral("RELEASE nested") : QStringLiteral("COMMIT"));
    m_finished = true;
}

} // namespace Scholia
