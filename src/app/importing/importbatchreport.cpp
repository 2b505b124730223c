#include "importbatchreport.h"

#include <algorithm>

namespace Scholia {

ImportBatchReport::ImportBatchReport(int fileCount) : m_fileCount(fileCount)
{
}

void ImportBatchReport::add(const FileImportResult &result)
{
    m_results.push_back(result);
}

void ImportBatchReport::setFailure(const Error &error)
{
    m_failure = error;
}

int ImportBatchReport::importedFileCount() const
{
    return int(std::count_if(m_results.begin(), m_results.end(),
                             [](const FileImportResult &r) { return r.ok(); }));
}

int ImportBatchReport::failedFileCount() const
{
    return int(std::count_if(m_results.begin(), m_results.end(),
                             [](const FileImportResult &r) { return !r.ok() && !r.cancelled(); }));
}

bool ImportBatchReport::wasCancelled() const
{
    return std::any_of(m_results.begin(), m_results.end(),
                       [](const FileImportResult &r) { return r.cancelled(); }) ||
           (!m_failure && int(m_results.size()) < m_fileCount);
}

int ImportBatchReport::notImportedByCancelCount() const
{
    if (m_failure)
        return 0;
    const int rolledBack =
        int(std::count_if(m_results.begin(), m_results.end(),
                          [](const FileImportResult &r) { return r.cancelled(); }));
    return rolledBack + m_fileCount - int(m_results.size());
}

int ImportBatchReport::warningCount() const
{
    int count = 0;
    for (const FileImportResult &result : m_results)
        count += int(result.warnings.size());
    return count;
}

qint64 ImportBatchReport::lastThreadId() const
{
    for (auto it = m_results.rbegin(); it != m_results.rend(); ++it) {
        if (it->ok() && !it->threads.empty())
            return it->threads.back().threadId;
    }
    return 0;
}

QStringList ImportBatchReport::importedPaths() const
{
    QStringList paths;
    for (const FileImportResult &result : m_results) {
        if (result.ok())
            paths << result.path;
    }
    return paths;
}

bool ImportBatchReport::hasProblems() const
{
    return m_failure || failedFileCount() > 0 || warningCount() > 0;
}

QString ImportBatchReport::summary() const
{
    if (m_failure)
        return tr("Nothing was imported: %1").arg(m_failure->toString());
    const int imported = importedFileCount();
    QStringList parts;
    if (wasCancelled())
        parts << tr("Import cancelled: %1 of %n file(s) imported.", nullptr, m_fileCount)
                     .arg(imported);
    else if (imported == m_fileCount)
        parts << tr("Imported %n file(s).", nullptr, m_fileCount);
    else
        parts << tr("Imported %1 of %n file(s).", nullptr, m_fileCount).arg(imported);
    if (const int failed = failedFileCount())
        parts << tr("%n file(s) could not be imported.", nullptr, failed);
    if (const int warnings = warningCount())
        parts << tr("%n warning(s).", nullptr, warnings);
    return parts.join(QLatin1Char(' '));
}

QStringList ImportBatchReport::problems() const
{
    QStringList lines;
    if (m_failure)
        lines << m_failure->toString();
    for (const FileImportResult &result : m_results) {
        if (result.error && !result.cancelled())
            lines << result.error->toString();
        for (const QString &warning : result.warnings)
            lines << tr("%1: warning: %2").arg(result.path, warning);
    }
    return lines;
}

} // namespace Scholia
