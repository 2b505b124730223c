#pragma once

#include "core/comment.h"
#include "core/result.h"
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
// comment leaves.
class CommentOutput
{
public:
    virtual ~CommentOutput() = default;
    virtual ParallelSanitizer &bodies() = 0;
    // The slot of the next comment add() takes, for bodies().add().
    virtual qsizetype nextSlot() const = 0;
    virtual Result<void> add(Comment comment, const QString &parentSourceId) = 0;
};

// The whole-document way: every comment kept, bodies collected and the tree arranged at
// the end (CommentTree::arrange, which may reorder what the file nested oddly).
class LinkedCommentList : public CommentOutput
{
public:
    ParallelSanitizer &bodies() override { return m_bodies; }
    qsizetype nextSlot() const override { return qsizetype(m_linked.size()); }
    Result<void> add(Comment comment, const QString &parentSourceId) override;
    Result<std::vector<Comment>> arranged();

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
    ParallelSanitizer &bodies() override { return m_bodies; }
    qsizetype nextSlot() const override { return qsizetype(m_batch.size()); }
    Result<void> add(Comment comment, const QString &parentSourceId) override;
    // Hands over the comments still held; call before the sink's endThread.
    Result<void> flush();

private:
    CommentSink &m_sink;
    PreorderLinker m_linker;
    std::vector<Comment> m_batch;
    ParallelSanitizer m_bodies;
};

} // namespace Scholia
