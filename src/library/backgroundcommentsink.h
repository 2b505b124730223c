#pragma once

#include "core/commentsink.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace Scholia {

// Runs another CommentSink on a thread of its own, so that a streamed import's store
// (rows, then the thread's search index) works while the importer reads and sanitizes
// the rest of the file: on two cores the store's share no longer adds to the sanitizer's
// (issue 17). Calls are queued in order (beginThread() waits for its own); at most `capacity`
// comments wait, so memory stays bounded when the store is the slower side. The first Error the
// other sink returns is returned by the next call made here and by finish(); later calls are
// dropped. The other sink is used only from the background thread until finish().
class BackgroundCommentSink : public CommentSink
{
public:
    // 256, not 2 048: each waiting comment holds its sanitized HTML and text (UTF-16), and
    // 2 048 of them were 5 MiB of the 54 MiB peak importing 10 000 Reddit comments; the
    // store keeps up as well with 256 (issue 17, round 3).
    static constexpr size_t capacity = 256;

    explicit BackgroundCommentSink(CommentSink &sink);
    // Waits for the queued calls (finish() should have been called).
    ~BackgroundCommentSink() override;
    BackgroundCommentSink(const BackgroundCommentSink &) = delete;
    BackgroundCommentSink &operator=(const BackgroundCommentSink &) = delete;

    // Waits for the other sink's answer (see the .cpp).
    Result<void> beginThread(const ThreadDocument &thread) override;
    Result<void> addComment(Comment &&comment) override;
    Result<void> endThread(const ThreadDocument &thread) override;
    // Waits until every queued call has run; the first Error, if any.
    Result<void> finish();

private:
    Result<void> enqueue(std::function<Result<void>()> call);
    void work();

    CommentSink &m_sink;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::function<Result<void>()>> m_calls;
    bool m_stopping = false;
    bool m_busy = false;
    std::optional<Error> m_error;
    std::thread m_worker;
};

} // namespace Scholia
