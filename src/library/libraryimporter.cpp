#include "libraryimporter.h"

#include "import/importerregistry.h"
#include "import/importsource.h"
#include "import/threadmerger.h"
#include "store/library.h"
#include "store/threadstore.h"

namespace Scholia {

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

} // namespace Scholia
