#pragma once

namespace Scholia {

class SqliteDatabase;

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() ran, so an
// exception anywhere in between leaves the database as it was. Inside a transaction that
// is already open (a batch of store calls made one, see LibraryTransaction) it is a
// savepoint instead: the call stays all-or-nothing, and the batch commits it or not.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDatabase &db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    void commit();

private:
    SqliteDatabase &m_db;
    bool m_nested = false;
    bool m_finished = false;
};

} // namespace Scholia
