#pragma once

#include <QCoreApplication>
#include <QString>

namespace Scholia {

struct Error;

// What the window does when the library cannot be opened or is to be restored: it says
// why, and for a damaged library offers the newest backup. The damaged file is never
// written to; a restore keeps it in the backups folder.
class LibraryRecovery
{
    Q_DECLARE_TR_FUNCTIONS(LibraryRecovery)

public:
    // Tells the reader why the library did not open. Returns the backup to restore when
    // the library is damaged and the reader chose to restore, else empty (quit).
    static QString askAfterFailedOpen(const QString &libraryPath, const Error &error);
    // Restores backupPath over the library (no connection may be open) and says how it went.
    static bool restore(const QString &libraryPath, const QString &backupPath);
};

} // namespace Scholia
