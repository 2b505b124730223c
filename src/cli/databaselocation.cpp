#include "databaselocation.h"

#include <QDir>
#include <QStandardPaths>

namespace Scholia {

QString DatabaseLocation::resolve(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    const QString fromEnvironment = qEnvironmentVariable("SCHOLIA_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}

QString DatabaseLocation::defaultPath()
{
    // Spelled out rather than AppDataLocation, which would add the organization name too.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(folder).filePath(QStringLiteral("scholia/library.sqlite"));
}

} // namespace Scholia
