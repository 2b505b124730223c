#include "librarymover.h"

#include "librarybackups.h"
#include "libraryintegrity.h"
#include "sqlitedatabase.h"
#include "sqliteerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Scholia {

QString LibraryMover::targetPath(const QString &libraryPath, const QString &folder)
{
    return QDir(QFileInfo(folder).absoluteFilePath()).filePath(QFileInfo(libraryPath).fileName());
}

Result<QString> LibraryMover::copyTo(const QString &libraryPath, const QString &folder)
{
    const QString target = targetPath(libraryPath, folder);
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(libraryPath).absoluteFilePath())
        return Error::of(QStringLiteral("the library is already in %1").arg(folder));
    // Never overwrite: whatever is there may be another library the reader cares about.
    if (QFileInfo::exists(target))
        return Error::of(QStringLiteral("%1 already exists; choose another folder").arg(target));
    if (!QFileInfo::exists(libraryPath))
        return Error::of(QStringLiteral("there is no library at %1").arg(libraryPath));
    if (!QDir().mkpath(folder))
        return Error::of(QStringLiteral("cannot create the folder %1").arg(folder));
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial); // left by a crash during an earlier move
    try {
        // Read-write: a library left with a write-ahead log needs it to be read whole.
        SqliteDatabase source(libraryPath);
        if (auto copied = LibraryBackups::copyDatabase(source, partial); !copied) {
            QFile::remove(partial);
            return copied.error();
        }
    } catch (const SqliteError &error) {
        QFile::remove(partial);
        return Error::of(QStringLiteral("cannot read the library %1: %2")
                             .arg(libraryPath, QString::fromUtf8(error.what())));
    }
    if (const QString problem = LibraryIntegrity::integrityCheckFile(partial); !problem.isEmpty()) {
        QFile::remove(partial);
        return Error::of(
            QStringLiteral("the copy in %1 is damaged (%2); the library stays where it was")
                .arg(folder, problem));
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error::of(QStringLiteral("cannot rename %1 to %2").arg(partial, target));
    }
    return target;
}

Result<void> LibraryMover::removeOld(const QString &libraryPath)
{
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QString()}) {
        const QString file = libraryPath + suffix;
        if (QFileInfo::exists(file) && !QFile::remove(file))
            return Error::of(QStringLiteral("cannot remove %1").arg(file));
    }
    return {};
}

} // namespace Scholia
