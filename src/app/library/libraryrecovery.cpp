#include "libraryrecovery.h"

#include "core/error.h"
#include "store/librarybackups.h"
#include "store/libraryintegrity.h"

#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace Scholia {

QString LibraryRecovery::askAfterFailedOpen(const QString &libraryPath, const Error &error)
{
    // ThreadStore::open says why; this asks SQLite again, read-only, whether the cause was
    // damage (bigger libraries skip the check on open, and a read can still meet it).
    const QString damage = LibraryIntegrity::quickCheckFile(libraryPath);
    if (damage.isEmpty() || damage == QLatin1String("no such file")) {
        QMessageBox::critical(nullptr, tr("Scholia"),
                              tr("The library could not be opened.\n\n%1").arg(error.toString()));
        return {};
    }
    const auto backups = LibraryBackups(libraryPath).list();
    const auto newest = std::find_if(backups.begin(), backups.end(), [](const LibraryBackup &b) {
        return b.reason != QLatin1String("replaced");
    });
    const QString intro =
        tr("The library %1 is damaged. Scholia has not changed it.\n\nSQLite's check said: %2")
            .arg(QDir::toNativeSeparators(libraryPath), damage);
    if (newest == backups.end()) {
        QMessageBox::critical(
            nullptr, tr("Scholia"),
            intro + QStringLiteral("\n\n") +
                tr("There is no backup to restore. Keep a copy of the file before trying "
                   "to repair it (for example with sqlite3's .recover command)."));
        return {};
    }
    const QString date = QLocale().toString(newest->time.toLocalTime(), QLocale::LongFormat);
    QMessageBox box(QMessageBox::Critical, tr("Scholia"), intro);
    box.setInformativeText(
        tr("The newest backup is from %1. Restoring it keeps the damaged library in the "
           "backups folder.")
            .arg(date));
    QPushButton *restore = box.addButton(tr("Restore the Newest Backup"), QMessageBox::AcceptRole);
    box.addButton(tr("Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == restore ? newest->path : QString();
}

bool LibraryRecovery::restore(const QString &libraryPath, const QString &backupPath)
{
    const LibraryBackups backups(libraryPath);
    const auto listed = backups.list();
    const auto backup = std::find_if(listed.begin(), listed.end(),
                                     [&](const LibraryBackup &b) { return b.path == backupPath; });
    if (backup == listed.end()) {
        QMessageBox::critical(nullptr, tr("Scholia"), tr("The backup %1 is gone.").arg(backupPath));
        return false;
    }
    auto replaced = backups.restore(*backup);
    if (!replaced) {
        QMessageBox::critical(
            nullptr, tr("Scholia"),
            tr("The backup could not be restored.\n\n%1").arg(replaced.error().toString()));
        return false;
    }
    if (!replaced->isEmpty())
        QMessageBox::information(
            nullptr, tr("Scholia"),
            tr("The backup of %1 is now the library. The library it replaced is kept as %2.")
                .arg(QLocale().toString(backup->time.toLocalTime(), QLocale::LongFormat),
                     QDir::toNativeSeparators(*replaced)));
    return true;
}

} // namespace Scholia
