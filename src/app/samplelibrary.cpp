#include "samplelibrary.h"

#include "cli/libraryimporter.h"
#include "import/importerregistry.h"
#include "store/threadstore.h"

namespace Scholia {

QString SampleLibrary::samplePath()
{
    return QStringLiteral(":/samples/sample-thread.json");
}

Result<void> SampleLibrary::installIfEmpty(ThreadStore &store)
{
    auto count = store.threadCount();
    if (!count)
        return count.error();
    if (*count > 0)
        return {};
    const ImporterRegistry registry = ImporterRegistry::withAllFormats();
    const FileImportResult result = LibraryImporter(registry, store).importFile(samplePath());
    if (!result.ok())
        return *result.error;
    return {};
}

} // namespace Scholia
