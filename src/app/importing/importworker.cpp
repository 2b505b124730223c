#include "importworker.h"

#include "import/importerregistry.h"
#include "store/library.h"
#include "store/threadstore.h"

namespace Scholia {

ImportWorker::ImportWorker(const QString &libraryPath, const QStringList &paths,
                           const std::atomic<bool> *cancel, QObject *parent)
    : QObject(parent), m_libraryPath(libraryPath), m_paths(paths), m_cancel(cancel)
{
}

void ImportWorker::run()
{
    auto store = Library::open(m_libraryPath);
    if (!store) {
        emit failed(store.error());
        emit finished();
        return;
    }
    const ImporterRegistry registry = ImporterRegistry::withAllFormats();
    LibraryImporter importer(registry, **store);
    for (int i = 0; i < m_paths.size() && !m_cancel->load(); ++i) {
        emit fileStarted(i, m_paths.at(i));
        emit fileFinished(i, importer.importFile(m_paths.at(i), {}, m_cancel));
    }
    emit finished();
}

} // namespace Scholia
