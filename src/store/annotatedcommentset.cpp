#include "annotatedcommentset.h"

#include "sqlitedatabase.h"
#include "sqliteerror.h"

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace Scholia {

namespace {

using RowIds = std::vector<sqlite3_int64>;

// The comment rows carrying an annotation (orphaned only: anchor_state 2, as the
// is:orphaned filter reads it), sorted; nothing on an error, which is then reported.
std::unique_ptr<RowIds> annotatedRows(sqlite3 *db, bool orphanedOnly, int *rc)
{
    const char *sql = orphanedOnly ? "SELECT comment_id FROM annotations WHERE anchor_state = 2 "
                                     "AND comment_id IS NOT NULL"
                                   : "SELECT comment_id FROM annotations WHERE comment_id IS NOT NULL";
    sqlite3_stmt *statement = nullptr;
    *rc = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    auto rows = std::make_unique<RowIds>();
    while (*rc == SQLITE_OK) {
        const int step = sqlite3_step(statement);
        if (step == SQLITE_ROW)
            rows->push_back(sqlite3_column_int64(statement, 0));
        else if (step != SQLITE_DONE)
            *rc = step;
        else
            break;
    }
    sqlite3_finalize(statement);
    if (*rc != SQLITE_OK)
        return nullptr;
    std::sort(rows->begin(), rows->end());
    return rows;
}

void annotatedComment(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context); // as "NULL IN (…)"
        return;
    }
    const sqlite3_int64 row = sqlite3_value_int64(argv[0]);
    if (const auto *rows = static_cast<const RowIds *>(sqlite3_get_auxdata(context, 1))) {
        sqlite3_result_int(context, std::binary_search(rows->begin(), rows->end(), row));
        return;
    }
    int rc = SQLITE_OK;
    std::unique_ptr<RowIds> rows =
        annotatedRows(sqlite3_context_db_handle(context), sqlite3_value_int(argv[1]) == 1, &rc);
    if (!rows) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    sqlite3_result_int(context, std::binary_search(rows->begin(), rows->end(), row));
    // Kept while the second argument, a constant, stays the same: for the statement's run
    // (SQLite drops it at a reset). Should SQLite free it at once, the next row reads again.
    sqlite3_set_auxdata(context, 1, rows.release(),
                        [](void *data) { delete static_cast<RowIds *>(data); });
}

} // namespace

void AnnotatedCommentSet::registerOn(SqliteDatabase &db)
{
    // Not SQLITE_DETERMINISTIC: its answer depends on the annotations table.
    const int rc = sqlite3_create_function_v2(db.handle(), "annotated_comment", 2, SQLITE_UTF8,
                                              nullptr, annotatedComment, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        throw SqliteError(rc, QStringLiteral("cannot register annotated_comment"));
}

} // namespace Scholia
