#include "commentstreamer.h"

#include "core/commentsink.h"
#include "core/commenttree.h"

namespace Scholia {

Result<void> LinkedCommentList::add(Comment comment, const QString &parentSourceId)
{
    m_linked.push_back({std::move(comment), parentSourceId});
    return {};
}

Result<void> LinkedCommentList::end(ThreadDocument &thread)
{
    m_bodies.finishInto(m_linked); // before arrange() reorders them
    auto arranged = CommentTree::arrange(std::move(m_linked));
    if (!arranged)
        return arranged.error();
    thread.comments = std::move(arranged.value());
    return {};
}

Result<void> CommentStreamer::begin(const ThreadDocument &thread)
{
    return m_sink.beginThread(thread);
}

Result<void> CommentStreamer::end(ThreadDocument &thread)
{
    if (auto flushed = flush(); !flushed)
        return flushed;
    return m_sink.endThread(thread);
}

Result<void> CommentStreamer::add(Comment comment, const QString &parentSourceId)
{
    if (auto linked = m_linker.link(comment, parentSourceId); !linked)
        return linked.error();
    m_batch.push_back(std::move(comment));
    if (m_batch.size() >= size_t(batchSize))
        return flush();
    return {};
}

Result<void> CommentStreamer::flush()
{
    m_bodies.finish([this](qsizetype slot, SanitizedHtml &&body) {
        Comment &comment = m_batch[size_t(slot)];
        comment.bodyHtml = std::move(body.html);
        comment.bodyText = std::move(body.text);
    });
    for (Comment &comment : m_batch) {
        if (auto added = m_sink.addComment(std::move(comment)); !added) {
            m_batch.clear();
            return added.error();
        }
    }
    m_batch.clear();
    return {};
}

} // namespace Scholia
