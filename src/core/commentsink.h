#pragma once

#include "comment.h"
#include "result.h"
#include "threaddocument.h"

namespace Scholia {

// Where a streamed import puts what it reads, one comment at a time, instead of handing
// over a ThreadDocument of every comment (issue 17): the store writes them in batches
// while the importer reads on, so neither the whole thread nor the whole file need stay
// in memory beside each other.
//
// The calls come as beginThread, addComment for each comment in pre-order (the order of
// ThreadDocument::comments: a parent before its replies, a subtree contiguous; `parent`
// is the index among this thread's earlier comments), endThread; then again for the next
// thread of the same file. An Error from any call stops the import; the importer returns
// it as it is.
class CommentSink
{
public:
    virtual ~CommentSink() = default;

    // The thread's own fields; its comments are empty, its gaps and warnings not yet known.
    virtual Result<void> beginThread(const ThreadDocument &thread) = 0;
    virtual Result<void> addComment(Comment &&comment) = 0;
    // The same thread again, now with its gaps and warnings (comments still empty).
    virtual Result<void> endThread(const ThreadDocument &thread) = 0;
};

} // namespace Scholia
