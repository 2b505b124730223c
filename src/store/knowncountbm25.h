#pragma once

namespace Scholia {

class SqliteDatabase;

// FTS5's bm25(), for a query whose matching rows are already counted.
//
// bm25 weighs each phrase of the query by how many rows of the whole table hold it, and
// FTS5 finds that number by running the phrase again over the table before scoring the
// first row: for a phrase ("supply chain", 1 528 rows of 10 000 000) that is as long as
// the match itself. When the query is one phrase, those rows are exactly the rows the
// query matches, which SearchEngine has counted already; the SQL function
//   known_count_bm25(fts_table, rows_matching)
// takes that count instead. It computes the same double as bm25(fts_table) — the same
// formula (k1 = 1.2, b = 0.75, every column weighing 1), the same operations in the same
// order — so the hits come in the same order. For a query of several phrases the count
// says nothing about each one, and without a count there is none: the function then
// counts each phrase as bm25 does, but stops at half of the table's rows, where bm25's
// weight reaches its floor whatever the rest of the count ("the" at 10 000 000 comments:
// 5 million rows walked instead of 6.5). So known_count_bm25(fts_table) is bm25 with a
// shorter walk for the most common words.
class KnownCountBm25
{
public:
    // Makes known_count_bm25() available to the FTS5 tables of db's connection.
    static void registerOn(SqliteDatabase &db);
};

} // namespace Scholia
