#include "backgroundcommentsink.h"

namespace Scholia {

BackgroundCommentSink::BackgroundCommentSink(CommentSink &sink)
    : m_sink(sink), m_worker([this] { work(); })
{
}

BackgroundCommentSink::~BackgroundCommentSink()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_worker.join();
}

Result<void> BackgroundCommentSink::beginThread(const ThreadDocument &thread)
{
    // Answered at once rather than at the next call: an importer that reads the whole
    // page before its first comment (rDrama's HTML) learns before it parses that the
    // thread is refused (the library has it: merged from a whole document instead).
    // One wait for a thread row per thread; the comments' calls stay queued.
    if (auto queued = enqueue([this, thread] { return m_sink.beginThread(thread); }); !queued)
        return queued;
    return finish();
}

Result<void> BackgroundCommentSink::addComment(Comment &&comment)
{
    return enqueue([this, comment = std::move(comment)]() mutable {
        return m_sink.addComment(std::move(comment));
    });
}

Result<void> BackgroundCommentSink::endThread(const ThreadDocument &thread)
{
    return enqueue([this, thread] { return m_sink.endThread(thread); });
}

Result<void> BackgroundCommentSink::enqueue(std::function<Result<void>()> call)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_calls.size() < capacity || m_error; });
    if (m_error)
        return *m_error;
    m_calls.push_back(std::move(call));
    lock.unlock();
    m_changed.notify_all();
    return {};
}

Result<void> BackgroundCommentSink::finish()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return (m_calls.empty() && !m_busy) || m_error; });
    if (m_error)
        return *m_error;
    return {};
}

void BackgroundCommentSink::work()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return !m_calls.empty() || m_stopping; });
        if (m_calls.empty())
            return; // stopping, nothing left
        std::function<Result<void>()> call = std::move(m_calls.front());
        m_calls.pop_front();
        if (m_error)
            continue; // after an Error nothing more reaches the sink
        m_busy = true;
        lock.unlock();
        Result<void> done = call();
        lock.lock();
        m_busy = false;
        if (!done)
            m_error = done.error();
        m_changed.notify_all();
    }
}

} // namespace Scholia
