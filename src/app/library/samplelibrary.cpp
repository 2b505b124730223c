#include "samplelibrary.h"

#include "import/importerregistry.h"
#include "library/libraryimporter.h"
#include "store/library.h"
#include "store/threadstore.h"

namespace Scholia {

QString SampleLibrary::samplePath()
{
    return QStringLiteral(":/samples/sample-thread.json");
}

Result<void> SampleLibrary::installIfEmpty(Library &library)
{
    auto count = library.threads().threadCount();
    if (!count)
        return count.error();
    if (*count > 0)
        return {};
    const ImporterRegistry registry = ImporterRegistry::withAllFormats();
    const FileImportResult result = LibraryImporter(registry, library).importFile(samplePath());
    if (!result.ok())
        return *result.error;
    return {};
}

} // namespace Scholia
