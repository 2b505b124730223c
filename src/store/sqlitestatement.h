#pragma once

#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Scholia {

// One prepared statement. Parameters are 1-based as in SQLite; columns 0-based.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&) = delete;
    SqliteStatement(const SqliteStatement &) = delete;

    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, bool value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, const QString &value); // a null QString binds NULL
    SqliteStatement &bindNull(int index);
    template<typename T>
    SqliteStatement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Advances; true while there is a row. Throws on error.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    qint64 columnInt64(int column) const;
    int columnInt(int column) const { return int(columnInt64(column)); }
    double columnDouble(int column) const;
    QString columnText(int column) const;
    std::optional<qint64> columnOptionalInt64(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace Scholia
