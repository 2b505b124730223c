#include "dumplibraryimporter.h"

#include "import/parallelsanitizer.h"
#include "import/pushshift/dumprecordreader.h"
#include "import/pushshift/dumpstaging.h"
#include "import/pushshift/dumpthreadassembler.h"
#include "import/pushshift/ndjsonlinereader.h"
#include "import/pushshift/zstdstreamreader.h"
#include "import/threadmerger.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QSet>

namespace Scholia {

namespace {

const QString formatName = QStringLiteral("pushshift-dump");

// Threads saved in one transaction: large enough that commits cost little, small enough
// that memory holds a batch easily and Cancel is not kept waiting.
constexpr qint64 batchComments = 20000;
constexpr size_t batchThreads = 500;

} // namespace

// One import: the state both passes share.
class DumpLibraryImporter::Run
{
public:
    Run(DumpLibraryImporter &owner, const QString &path, const std::atomic<bool> *cancel)
        : m_owner(owner), m_cancel(cancel), m_assembler(m_sanitizer)
    {
        m_result.path = path;
    }

    DumpImportResult run()
    {
        if (auto staged = stageLines(); !staged) {
            m_result.error = staged.error().inFile(m_result.path).inFormat(formatName);
            return std::move(m_result);
        }
        if (cancelled()) {
            markCancelled();
            return std::move(m_result);
        }
        if (auto stored = storeThreads(); !stored)
            m_result.error = stored.error().inFile(m_result.path);
        return std::move(m_result);
    }

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    void markCancelled()
    {
        const qint64 done = m_result.threadsImported + m_result.threadsMerged;
        m_result.error = Error::cancellation(
            tr("Cancelled after %n thread(s); the threads finished before are kept.", nullptr, int(done)));
        m_result.error->inFile(m_result.path);
    }

    // threadsTotal stays 0 until the first pass has ended: that is how the window tells
    // reading from storing (the threads staged so far are not yet the total).
    void report(qint64 threadsDone)
    {
        if (m_owner.m_progress)
            m_owner.m_progress({m_reader.compressedRead(), m_reader.compressedSize(), threadsDone,
                                m_result.threadsTotal});
    }

    // First pass: every line read, checked and staged by thread.
    Result<void> stageLines()
    {
        if (auto opened = m_reader.open(m_result.path); !opened)
            return opened;
        if (auto opened = m_staging.open(); !opened)
            return opened;
        QByteArray piece;
        NdjsonLineReader lines;
        NdjsonLineReader::Line line;
        for (;;) {
            if (cancelled())
                return {};
            if (auto read = m_reader.read(piece); !read)
                return read;
            if (piece.isEmpty())
                break;
            lines.append(piece);
            while (lines.next(line))
                if (auto staged = stage(line); !staged)
                    return staged;
            report(0);
        }
        if (lines.finish(line))
            if (auto staged = stage(line); !staged)
                return staged;
        m_result.threadsTotal = qint64(m_staging.threads().size());
        return {};
    }

    Result<void> stage(const NdjsonLineReader::Line &line)
    {
        if (!line.tooLong && line.bytes.trimmed().isEmpty())
            return {};
        ++m_result.lines;
        auto record = line.tooLong
                          ? Result<DumpRecord>(Error::of(QStringLiteral("the line is longer than %1 MiB")
                                                             .arg(NdjsonLineReader::defaultMaxLineBytes >> 20)))
                          : m_records.read(line.bytes);
        if (!record) {
            ++m_result.badLines;
            if (m_result.badLineMessages.size() < maxReportedBadLines) {
                Error error = record.error();
                error.byteOffset = -1; // within the line, which the message names instead
                error.inFile(m_result.path).inFormat(formatName).at(QStringLiteral("line %1").arg(line.number));
                m_result.badLineMessages << error.toString();
            }
            return {};
        }
        if (!m_owner.m_subreddit.isEmpty()
            && record->subreddit.compare(m_owner.m_subreddit, Qt::CaseInsensitive) != 0) {
            ++m_result.filteredLines;
            return {};
        }
        return m_staging.add(*record);
    }

    // Second pass: one thread at a time, merged with the stored copy, saved in batches.
    Result<void> storeThreads()
    {
        qint64 done = 0;
        for (const DumpStaging::Thread &thread : m_staging.threads()) {
            if (cancelled())
                break;
            if (auto stored = storeThread(thread); !stored)
                return stored;
            report(++done);
        }
        // The threads assembled before a Cancel are finished work: saved, not dropped.
        if (auto saved = saveBatch(nullptr); !saved)
            return saved;
        if (cancelled() || m_saveCancelled)
            markCancelled();
        return {};
    }

    Result<void> storeThread(const DumpStaging::Thread &thread)
    {
        auto records = m_staging.read(thread);
        if (!records)
            return records.error();
        auto existing = m_owner.m_library.threads().findThread(QStringLiteral("reddit"), thread.id);
        if (!existing)
            return existing.error();
        if (existing->has_value() && heldWhole(**existing, *records)) {
            ++m_result.threadsSkipped;
            return {};
        }
        ThreadDocument doc = m_assembler.assemble(thread.id, std::move(records.value()));
        ImportedThread imported;
        imported.title = doc.title;
        imported.comments = doc.realCommentCount();
        if (existing->has_value()) {
            auto stored = m_owner.m_library.threads().loadThread(**existing);
            if (!stored)
                return stored.error();
            doc = ThreadMerger::merge(*stored, std::move(doc));
            imported.merged = true;
        }
        if (!doc.gaps.isWhole())
            ++m_result.threadsNotWhole;
        m_batchComments += qint64(doc.comments.size());
        m_batch.push_back(std::move(doc));
        m_batchThreads.push_back(imported);
        if (m_batchComments >= batchComments || m_batch.size() >= batchThreads)
            return saveBatch(m_cancel);
        return {};
    }

    // Whether the stored thread already holds every comment the dump has for it.
    Result<bool> heldWholeResult(qint64 threadId, const DumpStaging::Records &records)
    {
        auto ids = m_owner.m_library.threads().commentSourceIds(threadId);
        if (!ids)
            return ids.error();
        const QSet<QString> held(ids->cbegin(), ids->cend());
        for (const DumpRecord &comment : records.comments)
            if (!held.contains(comment.id))
                return false;
        return true;
    }
    bool heldWhole(qint64 threadId, const DumpStaging::Records &records)
    {
        auto whole = heldWholeResult(threadId, records);
        return whole && *whole;
    }

    // cancel: rolls back this batch when set during the save (a batch mid-way is not
    // finished work).
    Result<void> saveBatch(const std::atomic<bool> *cancel)
    {
        if (m_batch.empty() || m_saveCancelled)
            return {};
        auto saved = m_owner.m_library.threads().saveThreads(m_batch, cancel);
        if (!saved) {
            if (saved.error().cancelled) {
                m_saveCancelled = true; // the batch rolled back: only earlier ones are kept
                m_batch.clear();
                m_batchThreads.clear();
                return {};
            }
            return saved.error();
        }
        for (size_t i = 0; i < m_batch.size(); ++i) {
            ImportedThread &imported = m_batchThreads[i];
            imported.threadId = saved->at(i);
            (imported.merged ? m_result.threadsMerged : m_result.threadsImported) += 1;
            m_result.comments += imported.comments;
            for (const QString &warning : m_batch[i].warnings)
                if (m_result.warnings.size() < maxReportedBadLines)
                    m_result.warnings << QStringLiteral("%1: %2").arg(m_batch[i].sourceId, warning);
            m_result.threads.push_back(imported);
        }
        m_batch.clear();
        m_batchThreads.clear();
        m_batchComments = 0;
        return {};
    }

    DumpLibraryImporter &m_owner;
    const std::atomic<bool> *m_cancel;
    DumpImportResult m_result;
    ZstdStreamReader m_reader;
    DumpRecordReader m_records;
    DumpStaging m_staging;
    ParallelSanitizer m_sanitizer;
    DumpThreadAssembler m_assembler;
    std::vector<ThreadDocument> m_batch;
    std::vector<ImportedThread> m_batchThreads;
    qint64 m_batchComments = 0;
    bool m_saveCancelled = false;
};

bool DumpLibraryImporter::isDump(const QString &path)
{
    return path.endsWith(QLatin1String(".zst"), Qt::CaseInsensitive);
}

DumpLibraryImporter::DumpLibraryImporter(Library &library) : m_library(library) {}

DumpImportResult DumpLibraryImporter::importDump(const QString &path, const std::atomic<bool> *cancel)
{
    return Run(*this, path, cancel).run();
}

FileImportResult DumpImportResult::asFileResult() const
{
    FileImportResult file;
    file.path = path;
    file.format = QStringLiteral("pushshift-dump");
    file.threads = threads;
    file.error = error;
    if (threadsSkipped > 0)
        file.warnings << DumpLibraryImporter::tr("%n thread(s) skipped: the library already holds "
                                                 "every comment the dump has for them.",
                                                 nullptr, int(threadsSkipped));
    if (threadsNotWhole > 0)
        file.warnings << DumpLibraryImporter::tr("%n thread(s) are not whole in the dump (their "
                                                 "submission or some parent comments are absent); "
                                                 "the library marks them incomplete.",
                                                 nullptr, int(threadsNotWhole));
    if (badLines > 0)
        file.warnings << DumpLibraryImporter::tr("%n line(s) could not be read and were skipped:",
                                                 nullptr, int(badLines));
    file.warnings << badLineMessages;
    if (badLines > badLineMessages.size())
        file.warnings << DumpLibraryImporter::tr("… and %n more.", nullptr,
                                                 int(badLines - badLineMessages.size()));
    file.warnings << warnings;
    return file;
}

} // namespace Scholia
