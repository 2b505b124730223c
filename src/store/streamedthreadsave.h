#pragma once

#include "core/commentsink.h"

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace Scholia {

class ThreadStore;

// A streamed import's save (issue 17): the threads a file holds, written as their comments
// arrive (CommentSink), in batches of CommentRowWriter::rowsPerStatement rows, with each
// thread's words put into the search index in one statement after its rows. Everything
// happens in one transaction that commit() ends; destroying it before, or any error or
// cancel on the way, leaves the library as it was.
//
// Only threads new to the library are streamed: beginThread() refuses one the library
// already has, whose save must merge with the stored copy (ThreadMerger over whole
// documents). The rows are those ThreadStore::saveThreads() writes for the same document.
class StreamedThreadSave : public CommentSink
{
public:
    // ThreadStore::streamedSave() makes it; the store must outlive it.
    StreamedThreadSave(ThreadStore &store, const std::atomic<bool> *cancel);
    ~StreamedThreadSave() override;
    StreamedThreadSave(const StreamedThreadSave &) = delete;
    StreamedThreadSave &operator=(const StreamedThreadSave &) = delete;

    Result<void> beginThread(const ThreadDocument &thread) override;
    Result<void> addComment(Comment &&comment) override;
    Result<void> endThread(const ThreadDocument &thread) override;
    // Makes every ended thread part of the library.
    Result<void> commit();
    // The ids of the threads ended so far, in the order they came.
    const std::vector<qint64> &threadIds() const { return m_threadIds; }

    // Rows put into the search index with one statement: FTS5 writes an index segment per
    // statement, so fewer is cheaper (one per thread saved 5 % of the store's instructions
    // over 1 024 rows a statement), yet indexing as the rows come lets a big thread's index
    // be built while the importer still reads (BackgroundCommentSink) instead of after.
    static constexpr qint64 rowsPerIndexStatement = 8192;
    // Rows written with one statement (at most CommentRowWriter::rowsPerStatement): 256
    // comments wait here instead of 1 024, 5 MiB less at the peak of a 10 000-comment
    // import, and no more instructions (issue 17, round 3).
    static constexpr size_t rowsPerBatch = 256;

private:
    struct Thread; // the thread being written: its rows so far and the pending batch
    Result<void> guarded(const std::function<void()> &write);
    void writeBatch();
    void indexWrittenRows();

    ThreadStore &m_store;
    const std::atomic<bool> *m_cancel;
    struct Transaction;
    std::unique_ptr<Transaction> m_transaction;
    std::unique_ptr<Thread> m_thread;
    std::vector<qint64> m_threadIds;
    QString m_title; // of the thread being written, for messages
};

} // namespace Scholia
