#include "deferredcommentswriter.h"

#include "htmldatablock.h"

namespace Scholia {

DeferredCommentsWriter::DeferredCommentsWriter(int commentsPerChunk, bool served)
    : m_commentsPerChunk(qMax(1, commentsPerChunk)), m_served(served)
{
}

QString &DeferredCommentsWriter::bufferFor(const QString &sourceId, int depth, qsizetype textLength,
                                           bool placeholder, bool hasReplies, bool collapsed)
{
    if (m_inChunk == m_commentsPerChunk)
        closeChunk();
    ++m_inChunk;
    if (!m_ids.isEmpty()) {
        m_ids += QLatin1Char(',');
        m_depths += QLatin1Char(',');
        m_lengths += QLatin1Char(',');
    }
    HtmlDataBlock::appendJsonString(m_ids, sourceId);
    m_depths += QString::number(depth);
    m_lengths += QString::number(textLength);
    m_toggles += hasReplies    ? QLatin1Char('1')
                 : placeholder ? QLatin1Char('2')
                               : QLatin1Char('0');
    m_collapsed += hasReplies && collapsed ? QLatin1Char('1') : QLatin1Char('0');
    return m_chunk;
}

void DeferredCommentsWriter::closeChunk()
{
    if (m_inChunk == 0)
        return;
    if (m_served) {
        m_inChunk = 0;
        return;
    }
    HtmlDataBlock::appendOpening(m_blocks, QString(), QStringLiteral("later-chunk"));
    HtmlDataBlock::appendJsonString(m_blocks, m_chunk);
    HtmlDataBlock::appendClosing(m_blocks);
    m_chunk.clear();
    m_inChunk = 0;
}

void DeferredCommentsWriter::finishInto(QString &html, const QString &focusedId,
                                        const QString &chunksUrl)
{
    closeChunk();
    HtmlDataBlock::appendOpening(html, QStringLiteral("later-model"),
                                 m_served ? QStringLiteral("served") : QString());
    html += QStringLiteral("{\"chunk\":%1,\"ids\":[%2],\"depths\":[%3],\"lengths\":[%4],"
                           "\"toggles\":\"%5\",\"collapsed\":\"%6\",\"focused\":")
                .arg(QString::number(m_commentsPerChunk), m_ids, m_depths, m_lengths, m_toggles,
                     m_collapsed);
    HtmlDataBlock::appendJsonString(html, focusedId);
    if (m_served) {
        html += QStringLiteral(",\"url\":");
        HtmlDataBlock::appendJsonString(html, chunksUrl);
    }
    html += QLatin1Char('}');
    HtmlDataBlock::appendClosing(html);
    html += m_blocks;
}

} // namespace Scholia
