#pragma once

#include "sqlitestatement.h"

#include <QtGlobal>

#include <optional>
#include <vector>

namespace Scholia {

class SqliteDatabase;
struct Comment;

// Writes a thread's comment rows, many to one INSERT … ON CONFLICT DO UPDATE statement.
// One statement per comment made SQLite 3.40 open and release a statement savepoint per
// comment (the FTS5 trigger may abort), and FTS5 writes out its pending index data at each
// savepoint: a segment per comment, then merging them all. Saving 10 000 comments spent
// 6.7 of its 8.6 G instructions there (callgrind); in batches it writes a segment per
// batch, as a bulk insert would. Fewer, larger segments also mean less merging: 1 024
// rows (18 432 parameters then, 20 480 now, under SQLite's 32 766) imported 10 000
// comments 5-8 % faster than 256; 1 800 was no faster again.
class CommentRowWriter
{
public:
    static constexpr int rowsPerStatement = 1024;

    // firstSave: the save every new row is written with (text_save_id, first_save_id), so a
    // streamed import of a new thread need not set them with an UPDATE of every row after
    // (ThreadStore::recordSave), which read each row back and wrote it again (issue 17,
    // round 3). Without it they stay NULL for recordSave to set. A row that exists keeps
    // its own either way.
    CommentRowWriter(SqliteDatabase &db, qint64 threadId,
                     std::optional<qint64> firstSave = std::nullopt);

    // One row to write: the comment at `position` of the document, its row id and its
    // parent's. A row the thread already has (matched by source id) is updated in place
    // and keeps its id, whatever `row` says.
    struct Row
    {
        const Comment *comment;
        qint64 position;
        qint64 row;
        std::optional<qint64> parentRow;
        bool exists; // the thread has a row with this source id: bind no id, it conflicts
    };
    // Writes at most rowsPerStatement rows with one statement. Throws SqliteError.
    void write(const std::vector<Row> &rows);

private:
    SqliteStatement &statementFor(int rows);

    SqliteDatabase &m_db;
    qint64 m_threadId;
    std::optional<qint64> m_firstSave;
    std::optional<SqliteStatement> m_full;      // rowsPerStatement rows
    std::optional<SqliteStatement> m_remainder; // any other size: the last, shorter batch,
                                                // or StreamedThreadSave's batches
    int m_remainderRows = 0;
};

} // namespace Scholia
