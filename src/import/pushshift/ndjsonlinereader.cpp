#include "ndjsonlinereader.h"

#include "import/importsource.h"

namespace Scholia {

NdjsonLineReader::NdjsonLineReader(qsizetype maxLineBytes) : m_maxLineBytes(maxLineBytes) {}

void NdjsonLineReader::append(QByteArrayView bytes)
{
    // Drop what was handed out before growing: the buffer holds one piece and a partial line.
    if (m_start > 0) {
        m_buffer.remove(0, m_start);
        m_start = 0;
    }
    m_buffer.append(bytes);
}

bool NdjsonLineReader::next(Line &line)
{
    {
        const qsizetype newline = m_buffer.indexOf('\n', m_start + m_scanned);
        if (newline < 0) {
            m_scanned = m_buffer.size() - m_start;
            if (m_scanned > m_maxLineBytes) {
                // Too long: forget its bytes, remember only that its end is still to come.
                m_skipping = true;
                m_buffer.clear();
                m_start = 0;
                m_scanned = 0;
            }
            return false;
        }
        take(newline, line);
        return true;
    }
}

bool NdjsonLineReader::finish(Line &line)
{
    if (m_start >= m_buffer.size() && !m_skipping)
        return false;
    take(m_buffer.size(), line);
    m_buffer.clear();
    m_start = 0;
    return true;
}

void NdjsonLineReader::take(qsizetype end, Line &line)
{
    ++m_lineNumber;
    line.number = m_lineNumber;
    const qsizetype length = end - m_start;
    line.tooLong = m_skipping || length > m_maxLineBytes;
    // Into the caller's buffer, kept from line to line, with room after the line for
    // simdjson to parse it in place (JsonDocument copies a line without that room).
    line.bytes.resize(0);
    if (!line.tooLong) {
        line.bytes.reserve(length + ImportSource::paddingBytes);
        line.bytes.append(m_buffer.constData() + m_start, length);
    }
    if (line.bytes.endsWith('\r'))
        line.bytes.chop(1);
    m_start = qMin(end + 1, m_buffer.size());
    m_scanned = 0;
    m_skipping = false;
}

} // namespace Scholia
