#include "libraryimporter.h"

#include "backgroundcommentsink.h"

#include "import/importerregistry.h"
#include "import/importsource.h"
#include "import/threadmerger.h"
#include "store/library.h"
#include "store/streamedthreadsave.h"
#include "store/threadstore.h"

namespace Scholia {

namespace {

// Passes a streamed import on to the store's save and notes what the result reports
// about each thread: the same as the whole-document way gathers from its documents.
class ImportedThreadRecorder : public CommentSink
{
public:
    ImportedThreadRecorder(StreamedThreadSave &save, FileImportResult &result)
        : m_save(save), m_result(result)
    {
    }
    Result<void> beginThread(const ThreadDocument &thread) override
    {
        m_current = ImportedThread();
        m_current.title = thread.title;
        return m_save.beginThread(thread);
    }
    Result<void> addComment(Comment &&comment) override
    {
        if (!comment.isPlaceholder())
            ++m_current.comments;
        return m_save.addComment(std::move(comment));
    }
    Result<void> endThread(const ThreadDocument &thread) override
    {
        m_result.warnings += thread.warnings;
        auto ended = m_save.endThread(thread);
        if (!ended)
            return ended;
        m_current.threadId = m_save.threadIds().back();
        m_result.threads.push_back(m_current);
        return {};
    }

private:
    StreamedThreadSave &m_save;
    FileImportResult &m_result;
    ImportedThread m_current;
};

} // namespace

LibraryImporter::LibraryImporter(const ImporterRegistry &registry, Library &library)
    : m_registry(registry), m_library(library)
{
}

FileImportResult LibraryImporter::importFile(const QString &path, const QString &forcedFormat,
                                             const std::atomic<bool> *cancel)
{
    FileImportResult result;
    result.path = path;
    auto source = ImportSource::readFile(path);
    if (!source) {
        result.error = source.error();
        return result;
    }
    if (const Importer *importer = forcedFormat.isEmpty() ? m_registry.detect(*source)
                                                          : m_registry.importerNamed(forcedFormat))
        result.format = importer->formatName();
    if (const Importer *streaming =
            m_streaming ? m_registry.streamingImporter(*source, forcedFormat) : nullptr) {
        if (importStreamed(*streaming, *source, cancel, result) || result.cancelled())
            return result;
        // Not streamed (a thread to merge, a file out of pre-order or refused): the
        // whole-document way reads it again, and says what is wrong if anything is.
        result.threads.clear();
        result.warnings.clear();
        result.error.reset();
        if (source->data.isNull()) {
            source = ImportSource::readFile(path);
            if (!source) {
                result.error = source.error();
                return result;
            }
        }
    }
    auto threads = m_registry.parse(*source, forcedFormat);
    if (!threads) {
        result.error = threads.error();
        return result;
    }
    // The threads hold everything the save needs: the file's bytes (as large as the file)
    // need not stay in memory beside the library's pages while it runs.
    source->data = QByteArray();

    // Merge every thread with its stored copy first, then save them all in one
    // transaction, so a file is imported whole or not at all.
    for (ThreadDocument &thread : threads.value()) {
        result.warnings += thread.warnings;
        ImportedThread imported;
        imported.title = thread.title;
        imported.comments = thread.realCommentCount();
        auto existing = m_library.threads().findThread(thread.sourceKind, thread.sourceId);
        if (!existing) {
            result.error = existing.error().inFile(path);
            return result;
        }
        if (existing->has_value()) {
            auto stored = m_library.threads().loadThread(**existing);
            if (!stored) {
                result.error = stored.error().inFile(path);
                return result;
            }
            thread = ThreadMerger::merge(*stored, std::move(thread));
            imported.merged = true;
        }
        result.threads.push_back(imported);
    }
    auto saved = m_library.threads().saveThreads(threads.value(), cancel);
    if (!saved) {
        result.threads.clear();
        result.error = saved.error().inFile(path);
        return result;
    }
    for (size_t i = 0; i < result.threads.size(); ++i)
        result.threads[i].threadId = saved->at(i);
    return result;
}

bool LibraryImporter::importStreamed(const Importer &importer, ImportSource &source,
                                     const std::atomic<bool> *cancel, FileImportResult &result)
{
    const std::unique_ptr<StreamedThreadSave> save = m_library.threads().streamedSave(cancel);
    ImportedThreadRecorder recorder(*save, result);
    Result<void> streamed;
    {
        // The store writes on a thread of its own while the importer reads on.
        BackgroundCommentSink background(recorder);
        streamed = importer.stream(source, background);
        const Result<void> stored = background.finish();
        if (streamed && !stored)
            streamed = stored;
    }
    if (streamed)
        streamed = save->commit();
    if (streamed)
        return true;
    result.threads.clear();
    result.error = streamed.error().inFile(result.path);
    return false;
}

} // namespace Scholia
