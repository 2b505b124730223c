#pragma once

#include "core/comment.h"
#include "core/result.h"
#include "core/threaddocument.h"
#include "parallelsanitizer.h"
#include "preorderlinker.h"

#include <QString>

#include <vector>

namespace Scholia {

class CommentSink;

// What a nested-JSON importer's walk hands its comments to: either a list that is
// arranged once the file is read (the whole-document parse(), LinkedCommentList) or a
// sink fed as the walk goes (stream(), CommentStreamer). The walk reads each comment the
// same way for both; a body it queues in bodies() for nextSlot() arrives before the
// comment leaves. The importer calls begin() with the post, add() for every comment, then
// end() with the post and its gaps.
class CommentOutput
{
public:
    virtual ~CommentOutput() = default;
    virtual Result<void> begin(const ThreadDocument &thread) = 0;
    // The thread complete: a list puts the arranged comments into it, a stream says so.
    virtual Result<void> end(ThreadDocument &thread) = 0;
    virtual ParallelSanitizer &bodies() = 0;
    // The slot of the next comment add() takes, for bodies().add().
    virtual qsizetype nextSlot() const = 0;
    virtual Result<void> add(Comment comment, const QString &parentSourceId) = 0;

    // begin(), the comments readComments() adds, end(): the order every importer keeps.
    template <typename ReadComments>
    Result<void> writeThread(ThreadDocument &thread, ReadComments readComments)
    {
        if (auto begun = begin(thread); !begun)
            return begun.error();
        if (auto read = readComments(); !read)
            return read.error();
        return end(thread);
    }
};

// The whole-document way: every comment kept, bodies collected and the tree arranged at
// the end (CommentTree::arrange, which may reorder what the file nested oddly).
class LinkedCommentList : public CommentOutput
{
public:
    Result<void> begin(const ThreadDocument &) override { return {}; }
    Result<void> end(ThreadDocument &thread) override;
    ParallelSanitizer &bodies() override { return m_bodies; }
    qsizetype nextSlot() const override { return qsizetype(m_linked.size()); }
    Result<void> add(Comment comment, const QString &parentSourceId) override;

private:
    std::vector<LinkedComment> m_linked;
    ParallelSanitizer m_bodies;
};

// The streamed way: comments linked in file order (PreorderLinker) and handed to the sink
// in batches, each batch once the sanitizer has given back its bodies, so that at most
// a batch of comments is held here.
class CommentStreamer : public CommentOutput
{
public:
    // Comments held before they go to the sink together: large enough that the
    // sanitizer's other cores stay busy between waits, small beside a big thread.
    static constexpr int batchSize = 512;

    explicit CommentStreamer(CommentSink &sink) : m_sink(sink) {}
    Result<void> begin(const ThreadDocument &thread) override;
    // Hands over the comments still held, then ends the sink's thread.
    Result<void> end(ThreadDocument &thread) override;
    ParallelSanitizer &bodies() override { return m_bodies; }
    qsizetype nextSlot() const override { return qsizetype(m_batch.size()); }
    Result<void> add(Comment comment, const QString &parentSourceId) override;

private:
    Result<void> flush();

    CommentSink &m_sink;
    PreorderLinker m_linker;
    std::vector<Comment> m_batch;
    ParallelSanitizer m_bodies;
};

} // namespace Scholia
