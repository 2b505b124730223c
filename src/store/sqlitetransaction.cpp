#include "sqlitetransaction.h"

#include "sqlitedatabase.h"
#include "sqliteerror.h"

namespace Scholia {

SqliteTransaction::SqliteTransaction(SqliteDatabase &db) : m_db(db)
{
    m_db.execute(QStringLiteral("BEGIN IMMEDIATE"));
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_finished)
        return;
    try {
        m_db.execute(QStringLiteral("ROLLBACK"));
    } catch (const SqliteError &) {
        // SQLite may already have rolled back (e.g. after SQLITE_FULL); nothing is left to undo.
    }
}

void SqliteTransaction::commit()
{
    m_db.execute(QStringLiteral("COMMIT"));
    m_finished = true;
}

} // namespace Scholia
