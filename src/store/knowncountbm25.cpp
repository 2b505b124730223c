#include "knowncountbm25.h"

#include "sqlitedatabase.h"
#include "sqliteerror.h"

#include <sqlite3.h>

#include <cmath>
#include <memory>
#include <vector>

namespace Scholia {

namespace {

// What bm25 works out once per query: the table's size and each phrase's weight.
struct QueryWeights
{
    double averageTokens = 0.0;
    std::vector<double> idf;
};

// bm25's inverse document frequency, floored as bm25 floors it (a phrase in more than
// half of the rows would weigh less than nothing).
double inverseFrequency(sqlite3_int64 rows, sqlite3_int64 rowsWithPhrase)
{
    const double idf = std::log((rows - rowsWithPhrase + 0.5) / (rowsWithPhrase + 0.5));
    return idf <= 0.0 ? 1e-6 : idf;
}

// Counts a phrase's rows, but only up to half of the table: from there on the ratio in
// inverseFrequency is at most 1 (both sides are exact doubles, and a correctly rounded
// division of a ≤ b is ≤ 1), its log at most 0, and the weight the floor, whatever the
// rest of the count would be. "the" is in 6.5 of 10 million comments: bm25 walked all
// 6.5 million to weigh it, this stops after 5.
struct PhraseCount
{
    sqlite3_int64 rows = 0;
    sqlite3_int64 enough = 0; // ceil(table rows / 2)
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *data)
{
    auto *count = static_cast<PhraseCount *>(data);
    // SQLITE_DONE ends xQueryPhrase's walk, which then returns SQLITE_OK.
    return ++count->rows >= count->enough ? SQLITE_DONE : SQLITE_OK;
}

int queryWeights(const Fts5ExtensionApi *api, Fts5Context *fts, int argc, sqlite3_value **argv,
                 QueryWeights **weights)
{
    *weights = static_cast<QueryWeights *>(api->xGetAuxdata(fts, 0));
    if (*weights)
        return SQLITE_OK;
    auto made = std::make_unique<QueryWeights>();
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc != SQLITE_OK)
        return rc;
    made->averageTokens = double(tokens) / double(rows);
    const int phrases = api->xPhraseCount(fts);
    const bool counted =
        phrases == 1 && argc >= 1 && sqlite3_value_numeric_type(argv[0]) == SQLITE_INTEGER;
    for (int phrase = 0; phrase < phrases; ++phrase) {
        PhraseCount count{0, rows - rows / 2};
        if (counted)
            count.rows = sqlite3_value_int64(argv[0]);
        else if (count.enough > 0 &&
                 (rc = api->xQueryPhrase(fts, phrase, &count, countRow)) != SQLITE_OK)
            return rc;
        made->idf.push_back(inverseFrequency(rows, count.rows));
    }
    rc = api->xSetAuxdata(fts, made.get(),
                          [](void *data) { delete static_cast<QueryWeights *>(data); });
    if (rc != SQLITE_OK)
        return rc; // xSetAuxdata has called the destructor already
    *weights = made.release();
    return SQLITE_OK;
}

void knownCountBm25(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context,
                    int argc, sqlite3_value **argv)
{
    // bm25's constants; every column weighs 1, as in bm25(table) without weights.
    const double k1 = 1.2;
    const double b = 0.75;
    QueryWeights *weights = nullptr;
    int rc = queryWeights(api, fts, argc, argv, &weights);
    int instances = 0;
    if (rc == SQLITE_OK)
        rc = api->xInstCount(fts, &instances);
    std::vector<double> frequency(weights ? weights->idf.size() : 0, 0.0);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK)
            frequency[size_t(phrase)] += 1.0;
    }
    int rowTokens = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &rowTokens);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    // The same expression as bm25's, term for term, so that the double is the same.
    const double D = double(rowTokens);
    double score = 0.0;
    for (size_t i = 0; i < frequency.size(); ++i) {
        score += weights->idf[i] * ((frequency[i] * (k1 + 1.0)) /
                                    (frequency[i] + k1 * (1 - b + b * D / weights->averageTokens)));
    }
    sqlite3_result_double(context, -1.0 * score);
}

} // namespace

void KnownCountBm25::registerOn(SqliteDatabase &db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(db.handle(), "SELECT fts5(?1)", -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
        rc = sqlite3_step(statement) == SQLITE_ROW ? SQLITE_OK : sqlite3_errcode(db.handle());
    }
    sqlite3_finalize(statement);
    if (rc == SQLITE_OK && !api)
        rc = SQLITE_ERROR;
    if (rc == SQLITE_OK)
        rc = api->xCreateFunction(api, "known_count_bm25", nullptr, knownCountBm25, nullptr);
    if (rc != SQLITE_OK)
        throw SqliteError(rc, QStringLiteral("cannot register known_count_bm25 with FTS5"));
}

} // namespace Scholia
