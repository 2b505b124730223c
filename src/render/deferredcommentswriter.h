#pragma once

#include <QString>

namespace Scholia {

// The comments a big thread's page leaves out of its DOM at first: their HTML in chunks
// and a small model of them (ids, depths, which have replies or are "more" placeholders,
// which are collapsed, how long their text is, for the placeholders' estimated heights),
// all as inert JSON data blocks. chunks.js keeps a bounded window of chunks built around
// what the reader looks at (scrolling, keys, a search hit, find) and takes far ones down
// again, so a 50 000-comment thread never has more than a few thousand comments built.
class DeferredCommentsWriter
{
public:
    // served: the chunks' HTML is not in the page, the page fetches it (the model says
    // from where); the caller writes no comment HTML then.
    explicit DeferredCommentsWriter(int commentsPerChunk, bool served = false);

    // Adds the comment to the model; returns where the caller writes its HTML (the
    // current chunk).
    QString &bufferFor(const QString &sourceId, int depth, qsizetype textLength, bool placeholder,
                       bool hasReplies, bool collapsed);
    // Appends the model and the data blocks to html (after </main>). focusedId: the saved
    // focus, which the page restores from the model when it lies in a chunk. chunksUrl:
    // where a served page fetches chunk k (followed by k).
    void finishInto(QString &html, const QString &focusedId, const QString &chunksUrl = {});

private:
    void closeChunk();

    int m_commentsPerChunk;
    bool m_served;
    int m_inChunk = 0;
    QString m_chunk;  // the current chunk's HTML
    QString m_blocks; // finished chunks, as data blocks
    QString m_ids;    // JSON array elements
    QString m_depths;
    QString m_toggles;   // '1' for a comment with replies, '2' for a "more" placeholder
    QString m_lengths;   // JSON array elements: each comment's text length
    QString m_collapsed; // '1' for a collapsed one
};

} // namespace Scholia
