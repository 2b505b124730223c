#include "sqliteerror.h"

#include <sqlite3.h>

namespace Scholia {

SqliteError::SqliteError(int code, const QString &message)
    : std::runtime_error(message.toStdString()), m_code(code)
{
}

SqliteError SqliteError::fromConnection(sqlite3 *db, int code, const QString &context)
{
    const char *detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    return SqliteError(code, QStringLiteral("%1: %2").arg(context, QString::fromUtf8(detail)));
}

Error SqliteError::toError(const QString &doing) const
{
    return Error::of(QStringLiteral("%1: %2").arg(doing, message()));
}

} // namespace Scholia
