#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Scholia {

// Cuts a stream of bytes, fed piece by piece, into its lines (one JSON value each in a
// dump). A line longer than the limit is not kept whole: it is reported as too long and
// skipped, so that a file without newlines cannot fill memory.
class NdjsonLineReader
{
public:
    // A Pushshift line is a few kilobytes; the largest self posts reach ~100 KiB.
    static constexpr qsizetype defaultMaxLineBytes = qsizetype(16) << 20;

    struct Line
    {
        QByteArray bytes;     // without its "\n" (and "\r")
        qint64 number = 0;    // 1-based
        bool tooLong = false; // bytes is empty: the line passed the limit
    };

    explicit NdjsonLineReader(qsizetype maxLineBytes = defaultMaxLineBytes);

    void append(QByteArrayView bytes);
    // The next whole line, or false when more bytes are needed.
    bool next(Line &line);
    // At the end of the stream: the last line when it had no "\n"; false when there is none.
    bool finish(Line &line);

private:
    void take(qsizetype end, Line &line);

    const qsizetype m_maxLineBytes;
    QByteArray m_buffer;
    qsizetype m_start = 0;     // where the next line begins in m_buffer
    qsizetype m_scanned = 0;   // bytes after m_start already searched for "\n"
    qint64 m_lineNumber = 0;
    bool m_skipping = false;   // inside a line that passed the limit
};

} // namespace Scholia
