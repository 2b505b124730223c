#pragma once

#include "core/result.h"
#include "dumprecord.h"

#include <QHash>
#include <QString>
#include <QTemporaryFile>

#include <vector>

namespace Scholia {

// The dump's records sorted by thread in bounded memory. A monthly dump is in time order,
// so a thread's comments are scattered over the whole file: the first pass writes every
// record to a temporary file and keeps only where each one lies, by thread (16 bytes a
// record); the second pass reads one thread's records back at a time.
class DumpStaging
{
public:
    // Where a record lies in the temporary file.
    struct Span
    {
        qint64 offset = -1;
        qint64 size = 0;
    };
    struct Thread
    {
        QString id;               // the submission's id
        Span submission;          // offset -1 when the dump has no submission for it
        std::vector<Span> comments; // in file order
    };

    // The temporary file goes to QDir::tempPath() ($TMPDIR); it is removed with the object.
    Result<void> open();
    Result<void> add(const DumpRecord &record);
    // Threads in the order the dump first named them.
    const std::vector<Thread> &threads() const { return m_threads; }
    qint64 commentCount() const { return m_comments; }

    struct Records
    {
        std::optional<DumpRecord> submission;
        std::vector<DumpRecord> comments;
    };
    Result<Records> read(const Thread &thread);

private:
    Result<DumpRecord> readAt(Span span);

    QTemporaryFile m_file;
    QByteArray m_record; // one record's bytes, reused
    std::vector<Thread> m_threads;
    QHash<QString, qsizetype> m_threadIndex;
    qint64 m_comments = 0;
    bool m_writing = true;
};

} // namespace Scholia
