#include "databaselocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Scholia {

QString DatabaseLocation::resolve(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    const QString fromEnvironment = qEnvironmentVariable("SCHOLIA_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (const QString chosen = chosenPath(); !chosen.isEmpty())
        return chosen;
    return defaultPath();
}

namespace {
const QString chosenPathKey = QStringLiteral("library/path");
} // namespace

QString DatabaseLocation::chosenPath()
{
    return QSettings().value(chosenPathKey).toString();
}

void DatabaseLocation::setChosenPath(const QString &path)
{
    QSettings settings;
    settings.setValue(chosenPathKey, path);
    settings.sync(); // the library has moved: the next start must find it, even after a crash
}

bool DatabaseLocation::canMove(const QString &openLibraryPath)
{
    return qEnvironmentVariable("SCHOLIA_DB").isEmpty() &&
           QFileInfo(resolve()).absoluteFilePath() == QFileInfo(openLibraryPath).absoluteFilePath();
}

QString DatabaseLocation::defaultPath()
{
    // Spelled out rather than AppDataLocation, which would add the organization name too.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(folder).filePath(QStringLiteral("scholia/library.sqlite"));
}

} // namespace Scholia
