#pragma once

#include "core/result.h"

#include <memory>

namespace Scholia {

class SqliteDatabase;
class SqliteTransaction;

// Several store calls as one transaction, for a batch that must land whole or not at all
// and should not pay a synchronous commit per row (importing a file of annotations). The
// stores' own transactions become savepoints inside it. Made by Library::transaction();
// rolled back when destroyed without commit().
class LibraryTransaction
{
public:
    explicit LibraryTransaction(SqliteDatabase &db); // throws SqliteError
    ~LibraryTransaction();
    LibraryTransaction(const LibraryTransaction &) = delete;
    LibraryTransaction &operator=(const LibraryTransaction &) = delete;

    Result<void> commit();

private:
    std::unique_ptr<SqliteTransaction> m_transaction;
};

} // namespace Scholia
