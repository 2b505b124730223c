#include "importworker.h"

#include "import/importerregistry.h"
#include "library/dumplibraryimporter.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QElapsedTimer>

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
        const QString &path = m_paths.at(i);
        emit fileFinished(i, DumpLibraryImporter::isDump(path) ? importDump(**store, path)
                                                               : importer.importFile(path, {}, m_cancel));
    }
    emit finished();
}

FileImportResult ImportWorker::importDump(Library &library, const QString &path)
{
    DumpLibraryImporter importer(library);
    QElapsedTimer sinceLast;
    bool storing = false;
    bool reported = false;
    importer.setProgressHandler([this, &sinceLast, &storing, &reported](const DumpImportProgress &progress) {
        // The window needs a few updates a second, not one per piece of the file; but the
        // first of each pass at once, so that even a small dump shows reading, then storing.
        const bool newPass = !reported || (progress.threadsTotal > 0) != storing;
        if (!newPass && sinceLast.elapsed() < 200)
            return;
        reported = true;
        storing = progress.threadsTotal > 0;
        sinceLast.start();
        emit dumpProgress(progress.bytesRead, progress.bytesTotal, progress.threadsDone,
                          progress.threadsTotal);
    });
    return importer.importDump(path, m_cancel).asFileResult();
}

} // namespace Scholia
