#pragma once

#include <QDateTime>
#include <QString>

namespace Scholia {

// One file in the library's backups/ folder, as LibraryBackups::list() reads its name.
struct LibraryBackup
{
    QString path;
    QDateTime time; // UTC, from the file name (second precision)
    QString reason; // "daily", "manual", "before-v3", "replaced" (a library a restore replaced)
    qint64 size = 0;
};

} // namespace Scholia
