#include "librarytransaction.h"

#include "sqliteerror.h"
#include "sqlitetransaction.h"

namespace Scholia {

LibraryTransaction::LibraryTransaction(SqliteDatabase &db)
    : m_transaction(std::make_unique<SqliteTransaction>(db))
{
}

LibraryTransaction::~LibraryTransaction() = default;

Result<void> LibraryTransaction::commit()
{
    try {
        m_transaction->commit();
        return {};
    } catch (const SqliteError &error) {
        return error.toError(QStringLiteral("cannot save the changes"));
    }
}

} // namespace Scholia
