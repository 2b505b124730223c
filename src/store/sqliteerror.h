#pragma once

#include "core/error.h"

#include <QString>

#include <stdexcept>

struct sqlite3;

namespace Scholia {

// A failed SQLite call. Thrown inside the store only: ThreadStore turns it into an
// Error before anything leaves the module.
class SqliteError : public std::runtime_error
{
public:
    SqliteError(int code, const QString &message);
    static SqliteError fromConnection(sqlite3 *db, int code, const QString &context);

    int code() const { return m_code; }
    QString message() const { return QString::fromUtf8(what()); }
    // The Error a public store method returns: "DOING: SQLite's message".
    Error toError(const QString &doing) const;

private:
    int m_code;
};

} // namespace Scholia
