#include "sqlitedatabase.h"

#include "sqliteerror.h"
#include "sqlitestatement.h"

#include <sqlite3.h>

namespace Scholia {

SqliteDatabase::SqliteDatabase(const QString &path, Access access) : m_path(path)
{
    const int mode = access == Access::ReadOnly ? SQLITE_OPEN_READONLY
                                                : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, mode | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
        const SqliteError error = SqliteError::fromConnection(
            m_db, rc, QStringLiteral("cannot open the library %1").arg(path));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw error;
    }
    sqlite3_extended_result_codes(m_db, 1);
}

SqliteDatabase::~SqliteDatabase()
{
    sqlite3_close_v2(m_db);
}

void SqliteDatabase::execute(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        throw SqliteError(rc, text);
    }
}

SqliteStatement SqliteDatabase::prepare(const QString &sql)
{
    return SqliteStatement(m_db, sql);
}

qint64 SqliteDatabase::queryInt(const QString &sql)
{
    SqliteStatement statement = prepare(sql);
    if (!statement.step())
        throw SqliteError(SQLITE_ERROR, QStringLiteral("no row from: %1").arg(sql));
    return statement.columnInt64(0);
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace Scholia
