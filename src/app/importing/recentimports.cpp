#include "recentimports.h"

#include <QFileInfo>
#include <QSettings>

namespace Scholia {

namespace {
const QString recentKey = QStringLiteral("import/recentFiles");
} // namespace

QStringList RecentImports::paths()
{
    return QSettings().value(recentKey).toStringList();
}

void RecentImports::add(const QStringList &imported)
{
    if (imported.isEmpty())
        return;
    QStringList recent = paths();
    for (const QString &path : imported) {
        // Absolute, so that the entry means the same file whatever the working directory.
        const QString absolute = QFileInfo(path).absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
    }
    while (recent.size() > maximumCount)
        recent.removeLast();
    QSettings().setValue(recentKey, recent);
}

void RecentImports::clear()
{
    QSettings().remove(recentKey);
}

} // namespace Scholia
