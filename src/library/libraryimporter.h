#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

namespace Scholia {

class Importer;
class ImporterRegistry;
class Library;
struct ImportSource;

// What importing one file did.
struct ImportedThread
{
    qint64 threadId = 0;
    QString title;
    int comments = 0;    // real comments in the saved thread
    bool merged = false; // the library already had this thread
};

struct FileImportResult
{
    QString path;
    QString format;
    std::vector<ImportedThread> threads; // empty when the file failed
    QStringList warnings;
    std::optional<Error> error; // error->cancelled when the user cancelled it
    bool ok() const { return !error.has_value(); }
    bool cancelled() const { return error && error->cancelled; }
};

// File → importer → (merge with the stored copy) → library, for the CLI and the GUI alike.
// A file that fails to parse or save changes nothing in the library.
class LibraryImporter
{
public:
    LibraryImporter(const ImporterRegistry &registry, Library &library);

    // cancel, when given, is checked while saving; a cancelled file leaves no trace.
    FileImportResult importFile(const QString &path, const QString &forcedFormat = {},
                                const std::atomic<bool> *cancel = nullptr);
    // Files of a format that streams (Importer::streamsComments) and threads new to the
    // library go from the parser to the store comment by comment (issue 17); the rest,
    // and every file when this is off, as whole documents. Both write the same rows.
    void setStreaming(bool streaming) { m_streaming = streaming; }

private:
    // True when the file was streamed into the library; false with result.error set
    // when not, nothing of it saved (then cancelled, or to be read the whole-document way).
    bool importStreamed(const Importer &importer, ImportSource &source,
                        const std::atomic<bool> *cancel, FileImportResult &result);

    const ImporterRegistry &m_registry;
    Library &m_library;
    bool m_streaming = true;
};

} // namespace Scholia
