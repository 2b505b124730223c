#pragma once

#include "core/error.h"
#include "libraryimporter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace Scholia {

class Library;

// Where a dump import is: the compressed bytes read in the first pass, then the threads
// stored in the second (threadsTotal is 0 until the first pass ends).
struct DumpImportProgress
{
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
    qint64 threadsDone = 0;
    qint64 threadsTotal = 0;
};

struct DumpImportResult
{
    QString path;
    qint64 lines = 0;
    qint64 badLines = 0;
    QStringList badLineMessages; // the first few, each with file, line and reason
    qint64 filteredLines = 0;    // lines of other subreddits, with a filter
    qint64 comments = 0;         // comments of the threads stored
    qint64 threadsImported = 0;  // new to the library
    qint64 threadsMerged = 0;    // merged into a stored copy
    qint64 threadsSkipped = 0;   // a re-run: the library already held every comment
    qint64 threadsTotal = 0;
    qint64 threadsNotWhole = 0;  // submission or parent comments absent from the dump
    std::vector<ImportedThread> threads;
    QStringList warnings;
    std::optional<Error> error; // the file could not be read; cancelled when the user stopped
    bool cancelled() const { return error && error->cancelled; }

    // The same for the window's import report and the CLI's per-file lines.
    FileImportResult asFileResult() const;
};

// Imports a whole-community archive (Pushshift / Arctic Shift .zst dump) thread by thread:
// a first pass reads the file once and stages each line by thread on disk
// (DumpStaging), a second assembles one thread at a time (DumpThreadAssembler), merges it
// with the stored copy and saves it in batches. Memory holds one thread and the index, not
// the dump. Bad lines are counted and reported, never fatal. A re-run skips the threads
// the library already holds whole; Cancel stops between batches, keeping what was saved.
class DumpLibraryImporter
{
    Q_DECLARE_TR_FUNCTIONS(DumpLibraryImporter)

public:
    static constexpr int maxReportedBadLines = 20;

    // Judged by the name: zstd NDJSON is what dumps are shared as.
    static bool isDump(const QString &path);

    explicit DumpLibraryImporter(Library &library);

    // Only the lines of this subreddit (case ignored); empty: all.
    void setSubreddit(const QString &subreddit) { m_subreddit = subreddit; }
    // Called from the importing thread, often: the receiver throttles.
    void setProgressHandler(std::function<void(const DumpImportProgress &)> handler)
    {
        m_progress = std::move(handler);
    }

    DumpImportResult importDump(const QString &path, const std::atomic<bool> *cancel = nullptr);

private:
    class Run;

    Library &m_library;
    QString m_subreddit;
    std::function<void(const DumpImportProgress &)> m_progress;
};

} // namespace Scholia
