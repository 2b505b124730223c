#include "dumpstaging.h"

#include "dumprecordcodec.h"

#include <QDir>

#include <unistd.h>

namespace Scholia {

Result<void> DumpStaging::open()
{
    m_file.setFileTemplate(QDir::tempPath() + QStringLiteral("/scholia-dump-XXXXXX.staging"));
    if (!m_file.open())
        return Error::of(QStringLiteral("cannot make a temporary file in %1 to sort the dump by "
                                        "thread: %2")
                             .arg(QDir::tempPath(), m_file.errorString()));
    return {};
}

Result<void> DumpStaging::add(const DumpRecord &record)
{
    m_record.clear();
    DumpRecordCodec::append(record, m_record);
    const Span span{m_file.pos(), m_record.size()};
    if (m_file.write(m_record) != m_record.size())
        return Error::of(QStringLiteral("cannot write the temporary file %1: %2 (is the disk full?)")
                             .arg(m_file.fileName(), m_file.errorString()));
    auto slot = m_threadIndex.constFind(record.threadId);
    if (slot == m_threadIndex.cend()) {
        slot = m_threadIndex.insert(record.threadId, qsizetype(m_threads.size()));
        m_threads.push_back(Thread{record.threadId, {}, {}});
    }
    Thread &thread = m_threads[size_t(*slot)];
    if (record.isComment()) {
        thread.comments.push_back(span);
        ++m_comments;
    } else if (thread.submission.offset < 0) {
        thread.submission = span; // a submission listed twice: the first is kept
    }
    return {};
}

Result<DumpStaging::Records> DumpStaging::read(const Thread &thread)
{
    if (m_writing) {
        if (!m_file.flush())
            return Error::of(QStringLiteral("cannot write the temporary file %1: %2")
                                 .arg(m_file.fileName(), m_file.errorString()));
        m_writing = false;
        m_threadIndex = {}; // only the write side looks threads up by id
    }
    Records records;
    if (thread.submission.offset >= 0) {
        auto submission = readAt(thread.submission);
        if (!submission)
            return submission.error();
        records.submission = std::move(submission.value());
    }
    records.comments.reserve(thread.comments.size());
    for (const Span span : thread.comments) {
        auto comment = readAt(span);
        if (!comment)
            return comment.error();
        records.comments.push_back(std::move(comment.value()));
    }
    return records;
}

Result<DumpRecord> DumpStaging::readAt(Span span)
{
    // pread, not QFile::seek + read: QFile would fill its 16 KiB buffer for every record.
    m_record.resize(qsizetype(span.size));
    if (::pread(m_file.handle(), m_record.data(), size_t(span.size), off_t(span.offset)) != span.size)
        return Error::of(QStringLiteral("cannot read the temporary file %1").arg(m_file.fileName()));
    DumpRecord record;
    if (!DumpRecordCodec::read(m_record, record))
        return Error::of(QStringLiteral("cannot read the temporary file %1").arg(m_file.fileName()));
    return record;
}

} // namespace Scholia
