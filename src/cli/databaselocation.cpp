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
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("library.sqlite"));
}

} // namespace Scholia
