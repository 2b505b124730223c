#pragma once

#include <QString>

struct sqlite3;

namespace Scholia {

class SqliteStatement;

// Owns one sqlite3 connection. Every failure throws SqliteError.
class SqliteDatabase
{
public:
    // ReadOnly never creates the file and refuses every write (SQLITE_READONLY): for a
    // library another process is writing to.
    enum class Access { ReadWrite, ReadOnly };
    explicit SqliteDatabase(const QString &path, Access access = Access::ReadWrite);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // Runs one or more statements that return no rows.
    void execute(const QString &sql);
    SqliteStatement prepare(const QString &sql);
    // The first column of the first row, for PRAGMAs and counts.
    qint64 queryInt(const QString &sql);

    qint64 lastInsertRowId() const;
    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

} // namespace Scholia
