#include "libraryintegrity.h"

#include <QFileInfo>
#include <QStringList>

#include <sqlite3.h>

namespace Scholia {

namespace {

// The check's rows joined, or the error that stopped it (a damaged schema page or a file
// that is no database fails at prepare or step, not with a row).
QString runCheck(sqlite3 *db, const char *pragma)
{
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(db, pragma, -1, &statement, nullptr);
    QStringList rows;
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW) // a problem a row, or several in one row, a line each
            rows << QString::fromUtf8(
                        reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)))
                        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    const QString error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return error;
    if (rows == QStringList{QStringLiteral("ok")})
        return {};
    // The checks report up to 100 problems; the first few say enough.
    if (rows.size() > 5)
        rows = rows.mid(0, 5) << QStringLiteral("…");
    return rows.join(QStringLiteral("; "));
}

QString checkFile(const QString &path, const char *pragma)
{
    if (!QFileInfo::exists(path))
        return QStringLiteral("no such file");
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    QString problem =
        rc == SQLITE_OK ? runCheck(db, pragma) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close_v2(db);
    return problem;
}

} // namespace

QString LibraryIntegrity::quickCheck(sqlite3 *db)
{
    return runCheck(db, "PRAGMA quick_check");
}

QString LibraryIntegrity::integrityCheck(sqlite3 *db)
{
    return runCheck(db, "PRAGMA integrity_check");
}

QString LibraryIntegrity::quickCheckFile(const QString &path)
{
    return checkFile(path, "PRAGMA quick_check");
}

QString LibraryIntegrity::integrityCheckFile(const QString &path)
{
    return checkFile(path, "PRAGMA integrity_check");
}

} // namespace Scholia
