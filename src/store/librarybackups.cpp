#include "librarybackups.h"

#include "libraryintegrity.h"
#include "sqlitedatabase.h"
#include "sqliteerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <functional>

namespace Scholia {

namespace {

const QString timeFormat = QStringLiteral("yyyy-MM-ddTHH-mm-ssZ"); // no ':' (Windows names)
const QString replacedReason = QStringLiteral("replaced");

// Copies a file whole or not at all: QSaveFile writes a temporary file, syncs it and
// renames it over the target only on commit. beforeCommit runs just before that rename;
// when it fails, the target is left as it was.
Result<void> copyFile(const QString &from, const QString &to,
                      const std::function<Result<void>()> &beforeCommit = {})
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return Error::of(QStringLiteral("cannot read %1: %2").arg(from, source.errorString()));
    QSaveFile target(to);
    if (!target.open(QIODevice::WriteOnly))
        return Error::of(QStringLiteral("cannot write %1: %2").arg(to, target.errorString()));
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            return Error::of(QStringLiteral("cannot read %1: %2").arg(from, source.errorString()));
        if (target.write(chunk) != chunk.size())
            return Error::of(QStringLiteral("cannot write %1: %2").arg(to, target.errorString()));
    }
    if (beforeCommit)
        if (auto ready = beforeCommit(); !ready) {
            target.cancelWriting();
            return ready.error();
        }
    if (!target.commit())
        return Error::of(QStringLiteral("cannot write %1: %2").arg(to, target.errorString()));
    return {};
}

// The library's own connection is the source; the copy gets its own connection, and
// rollback-journal mode so that the backup is one self-contained file.
Result<void> copyConnection(sqlite3 *source, const QString &to)
{
    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(to.toUtf8().constData(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        // step(-1) copies every page under one read transaction of the source: a
        // consistent snapshot, and in WAL mode writers elsewhere are not blocked.
        if (sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main")) {
            sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
        }
        rc = sqlite3_errcode(target);
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    const QString message = QString::fromUtf8(sqlite3_errmsg(target));
    sqlite3_close_v2(target);
    if (rc != SQLITE_OK)
        return Error::of(QStringLiteral("cannot back up the library to %1: %2").arg(to, message));
    return {};
}

} // namespace

LibraryBackups::LibraryBackups(const QString &libraryPath)
    : m_libraryPath(QFileInfo(libraryPath).absoluteFilePath())
{
}

QString LibraryBackups::folder() const
{
    return QFileInfo(m_libraryPath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString LibraryBackups::nameFor(const QDateTime &time, const QString &reason) const
{
    return QStringLiteral("%1-%2-%3.sqlite")
        .arg(QFileInfo(m_libraryPath).completeBaseName(), time.toUTC().toString(timeFormat),
             reason);
}

Result<LibraryBackup> LibraryBackups::create(SqliteDatabase &db, const QString &reason,
                                             const QDateTime &now) const
{
    if (!QDir().mkpath(folder()))
        return Error::of(QStringLiteral("cannot create the folder %1").arg(folder()));
    // Names have whole seconds; a second backup within the same second takes the next
    // free one, so names stay unique and still sort in the order the backups were made.
    QDateTime time = now.toUTC();
    QString path = QDir(folder()).filePath(nameFor(time, reason));
    while (QFileInfo::exists(path)) {
        time = time.addSecs(1);
        path = QDir(folder()).filePath(nameFor(time, reason));
    }
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial); // left by a crash during an earlier backup
    if (auto copied = copyConnection(db.handle(), partial); !copied) {
        QFile::remove(partial);
        return copied.error();
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error::of(QStringLiteral("cannot rename %1 to %2").arg(partial, path));
    }
    return LibraryBackup{path, QDateTime::fromString(time.toString(timeFormat), timeFormat), reason,
                         QFileInfo(path).size()};
}

Result<LibraryBackup> LibraryBackups::createWithOwnConnection(const QString &reason) const
{
    try {
        SqliteDatabase db(m_libraryPath);
        db.execute(QStringLiteral("PRAGMA busy_timeout = 5000"));
        return create(db, reason);
    } catch (const SqliteError &error) {
        return Error::of(
            QStringLiteral("cannot back up %1: %2").arg(m_libraryPath, error.message()));
    }
}

std::vector<LibraryBackup> LibraryBackups::list() const
{
    const QRegularExpression pattern(
        QStringLiteral("^%1-(\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\dZ)-([a-z0-9-]+)\\.sqlite$")
            .arg(QRegularExpression::escape(QFileInfo(m_libraryPath).completeBaseName())));
    std::vector<LibraryBackup> backups;
    const QFileInfoList files =
        QDir(folder()).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const auto match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime time = QDateTime::fromString(match.captured(1), timeFormat);
        time.setTimeZone(QTimeZone::utc());
        backups.push_back({file.absoluteFilePath(), time, match.captured(2), file.size()});
    }
    std::sort(backups.begin(), backups.end(), [](const LibraryBackup &a, const LibraryBackup &b) {
        return a.time != b.time ? a.time > b.time : a.path > b.path;
    });
    return backups;
}

Result<int> LibraryBackups::prune(int keep, const QString &keepAlso) const
{
    int kept = 0;
    int removed = 0;
    const QString protectedPath =
        keepAlso.isEmpty() ? QString() : QFileInfo(keepAlso).absoluteFilePath();
    for (const LibraryBackup &backup : list()) {
        if (backup.reason == replacedReason || backup.path == protectedPath || kept < keep) {
            kept += backup.reason == replacedReason ? 0 : 1;
            continue;
        }
        if (!QFile::remove(backup.path))
            return Error::of(QStringLiteral("cannot remove the old backup %1").arg(backup.path));
        ++removed;
    }
    return removed;
}

Result<void> LibraryBackups::copyDatabase(SqliteDatabase &db, const QString &to)
{
    return copyConnection(db.handle(), to);
}

bool LibraryBackups::dailyBackupDue(const QDateTime &now) const
{
    const auto backups = list();
    const auto newest = std::find_if(backups.begin(), backups.end(), [](const LibraryBackup &b) {
        return b.reason != replacedReason;
    });
    return newest == backups.end() || newest->time.secsTo(now) >= 24 * 60 * 60 ||
           newest->time > now;
}

Result<QString> LibraryBackups::restore(const LibraryBackup &backup) const
{
    if (const QString problem = LibraryIntegrity::integrityCheckFile(backup.path);
        !problem.isEmpty())
        return Error::of(
            QStringLiteral("the backup %1 is damaged (%2); the library was not touched")
                .arg(backup.path, problem));
    if (!QDir().mkpath(folder()))
        return Error::of(QStringLiteral("cannot create the folder %1").arg(folder()));
    const QString wal = m_libraryPath + QStringLiteral("-wal");
    const QString shm = m_libraryPath + QStringLiteral("-shm");
    // What is there now is kept, damaged or not, with its write-ahead log (committed
    // transactions not yet checkpointed live there): opening the copy recovers them.
    QString replaced;
    if (QFileInfo::exists(m_libraryPath)) {
        QDateTime time = QDateTime::currentDateTimeUtc();
        replaced = QDir(folder()).filePath(nameFor(time, replacedReason));
        while (QFileInfo::exists(replaced)) {
            time = time.addSecs(1);
            replaced = QDir(folder()).filePath(nameFor(time, replacedReason));
        }
        if (QFileInfo(wal).size() > 0)
            if (auto copied = copyFile(wal, replaced + QStringLiteral("-wal")); !copied)
                return copied.error();
        if (auto copied = copyFile(m_libraryPath, replaced); !copied)
            return copied.error();
    }
    // The old log must go before the new file lands: SQLite would replay it into the
    // restored library. It is safe in the replaced copy by now.
    auto copied = copyFile(backup.path, m_libraryPath, [&]() -> Result<void> {
        for (const QString &stale : {wal, shm})
            if (QFileInfo::exists(stale) && !QFile::remove(stale))
                return Error::of(
                    QStringLiteral("cannot remove %1; is the library still open?").arg(stale));
        return {};
    });
    if (!copied)
        return copied.error();
    return replaced;
}

} // namespace Scholia
