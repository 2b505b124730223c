#pragma once

#include "core/error.h"
#include "library/libraryimporter.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace Scholia {

// What one batch of GUI imports did, file by file: the status-bar line and the list of
// problems the user is shown at the end.
class ImportBatchReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportBatchReport)

public:
    explicit ImportBatchReport(int fileCount = 0);

    void add(const FileImportResult &result);
    // The batch could not run at all (the library did not open).
    void setFailure(const Error &error);

    int fileCount() const { return m_fileCount; }
    int importedFileCount() const;
    int failedFileCount() const;
    // Files the user's Cancel kept out of the library: the one rolled back and those
    // never started.
    int notImportedByCancelCount() const;
    bool wasCancelled() const;
    int warningCount() const;
    const std::vector<FileImportResult> &results() const { return m_results; }

    // The thread saved last, 0 when none was.
    qint64 lastThreadId() const;
    QStringList importedPaths() const;

    // Errors or warnings the user should read; a cancel alone is not one.
    bool hasProblems() const;
    QString summary() const;
    // One line per error ("FILE: FORMAT: what (at byte N)") or warning, in file order.
    QStringList problems() const;

    // Warnings of one kind: the same text but for numbers, ids and quoted names.
    struct WarningGroup
    {
        QString example; // the first warning of the kind, as the importer wrote it
        int count = 0;
        QStringList files;
    };
    // The batch's warnings by kind, the most frequent first (ties in file order).
    std::vector<WarningGroup> warningGroups() const;
    static QString warningKind(const QString &warning);
    // What the user can do about the batch's problems, one sentence each.
    QStringList advice() const;

private:
    int m_fileCount;
    std::vector<FileImportResult> m_results;
    std::optional<Error> m_failure;
};

} // namespace Scholia
