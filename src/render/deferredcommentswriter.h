#pragma once

#include <QCoreApplication>
#include <QString>

namespace Scholia {

struct Comment;

// The comments a big thread's page leaves out of its DOM at first: their HTML in chunks
// and a small model of them (ids, depths, which have replies, which are collapsed), all
// as inert JSON data blocks. chunks.js turns a chunk into elements when the reader
// comes near it (scrolling, keys, a search hit, find), so opening a 50 000-comment
// thread builds and lays out only its first screens.
class DeferredCommentsWriter
{
    Q_DECLARE_TR_FUNCTIONS(DeferredCommentsWriter)

public:
    explicit DeferredCommentsWriter(int commentsPerChunk);

    // Where the caller writes this comment's HTML (the current chunk).
    QString &bufferFor(const Comment &comment, bool hasReplies, bool collapsed);
    // Appends the data blocks and the marker chunks.js watches to html (after </main>).
    void finishInto(QString &html);

private:
    void closeChunk();

    int m_commentsPerChunk;
    int m_inChunk = 0;
    QString m_chunk;  // the current chunk's HTML
    QString m_blocks; // finished chunks, as data blocks
    QString m_ids;    // JSON array elements
    QString m_depths;
    QString m_toggles;   // '1' for a comment with replies
    QString m_collapsed; // '1' for a collapsed one
};

} // namespace Scholia
