#pragma once

#include <QByteArray>
#include <QString>

#include <random>

namespace Scholia {

// Writes a community dump the way Pushshift shares one (RC/RS_YYYY-MM.zst): one comment or
// submission JSON object a line, in time order, so the comments of many threads are
// interleaved; zstd-compressed with libzstd as it goes (a million comments never sit in
// memory). Some bodies are [deleted] / [removed] and some threads' submissions are absent,
// as in real dumps. The same bytes for the same seed.
class DumpWriter
{
public:
    struct Stats
    {
        qint64 comments = 0;
        qint64 threads = 0;
        qint64 absentSubmissions = 0;
        qint64 compressedBytes = 0;
    };

    explicit DumpWriter(quint64 seed) : m_engine(seed) {}

    // `comments` comments over `threads` threads (each at least one comment).
    // An empty QString on success, else why the file could not be written.
    QString write(const QString &path, qint64 comments, qint64 threads, Stats &stats);

    static QString threadId(qint64 thread);

private:
    std::mt19937_64 m_engine;
};

} // namespace Scholia
