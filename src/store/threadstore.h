#pragma once

#include "core/result.h"
#include "core/threaddocument.h"
#include "threadsummary.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Scholia {

class SqliteDatabase;

// The library: one SQLite file holding threads, comments, annotations, tags and notes.
// Every write is one transaction; a failure leaves the file as it was.
class ThreadStore
{
public:
    // Opens (creating if needed) and migrates the library at path.
    static Result<std::unique_ptr<ThreadStore>> open(const QString &path);
    ~ThreadStore();

    // Makes the stored thread (matched by source kind + source id) equal to the
    // document: comments matched by source id are updated in place, new ones inserted,
    // ones the document lacks removed. Callers merging a re-import pass the merged
    // document (ThreadMerger) so that nothing stored is lost. Returns the thread id.
    Result<qint64> saveThread(const ThreadDocument &thread);
    // Several threads (one file can hold many) in one transaction: all or none.
    Result<std::vector<qint64>> saveThreads(const std::vector<ThreadDocument> &threads);

    Result<ThreadDocument> loadThread(qint64 threadId) const;
    Result<std::optional<qint64>> findThread(const QString &sourceKind, const QString &sourceId) const;
    Result<std::vector<ThreadSummary>> listThreads() const;
    Result<int> threadCount() const;

    QString path() const;
    static QString sqliteVersion();
    int schemaVersion() const;

private:
    explicit ThreadStore(std::unique_ptr<SqliteDatabase> db);
    qint64 writeThreadRow(const ThreadDocument &thread, qint64 now);
    void writeComments(qint64 threadId, const std::vector<Comment> &comments);

    std::unique_ptr<SqliteDatabase> m_db;
};

} // namespace Scholia
