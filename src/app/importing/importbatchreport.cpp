#include "importbatchreport.h"

#include <QHash>
#include <QRegularExpression>

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

QString ImportBatchReport::warningKind(const QString &warning)
{
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|\u201c[^\u201d]*\u201d"));
    static const QRegularExpression withDigits(QStringLiteral("[^\\s,;:()]*\\d[^\\s,;:()]*"));
    // "incomplete save: …" and the like: a short label before a colon names the kind.
    static const QRegularExpression label(QStringLiteral("^([\\w-]+(?: [\\w-]+){0,2}): "));
    if (const auto match = label.match(warning); match.hasMatch())
        return match.captured(1);
    QString kind = warning;
    kind.replace(quoted, QStringLiteral("\"\u2026\""));
    kind.replace(withDigits, QStringLiteral("#"));
    return kind.simplified();
}

std::vector<ImportBatchReport::WarningGroup> ImportBatchReport::warningGroups() const
{
    std::vector<WarningGroup> groups;
    QHash<QString, size_t> byKind;
    for (const FileImportResult &result : m_results) {
        for (const QString &warning : result.warnings) {
            const QString kind = warningKind(warning);
            auto found = byKind.constFind(kind);
            if (found == byKind.constEnd()) {
                found = byKind.insert(kind, groups.size());
                groups.push_back(WarningGroup{warning, 0, {}});
            }
            WarningGroup &group = groups[*found];
            ++group.count;
            if (!group.files.contains(result.path))
                group.files << result.path;
        }
    }
    std::stable_sort(groups.begin(), groups.end(),
                     [](const WarningGroup &a, const WarningGroup &b) { return a.count > b.count; });
    return groups;
}

QStringList ImportBatchReport::advice() const
{
    QStringList lines;
    if (m_failure) {
        lines << tr("Nothing in the library changed. Check that the library file can be opened "
                    "(File \u25b8 Backups can restore one), then import again.");
        return lines;
    }
    if (failedFileCount() > 0)
        lines << tr("A file that could not be imported changed nothing in the library. Check "
                    "that it is a saved thread page or an export in a supported format (the README "
                    "lists them), or save the thread again, then import it again.");
    if (warningCount() > 0)
        lines << tr("Threads with warnings were imported. A warning says what the importer left "
                    "out or had to guess; if a thread looks wrong, save it again from the site "
                    "and re-import it: the library merges it with the copy it has.");
    if (wasCancelled())
        lines << tr("To finish a cancelled import, import the remaining files again; files "
                    "already imported are merged, not duplicated.");
    return lines;
}

} // namespace Scholia
