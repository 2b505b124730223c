#include "libraryrelocation.h"

#include "library/databaselocation.h"
#include "store/librarymover.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>

namespace Scholia {

QString LibraryRelocation::move(const QString &libraryPath, const QString &folder)
{
    auto moved = LibraryMover::copyTo(libraryPath, folder);
    if (!moved) {
        QMessageBox::warning(
            nullptr, tr("Move Library"),
            tr("The library was not moved; it is still in %1.\n\n%2")
                .arg(QDir::toNativeSeparators(libraryPath), moved.error().toString()));
        return {};
    }
    // The settings are the switch: from here on every start (and the command line) opens
    // the copy, so the old file may go.
    DatabaseLocation::setChosenPath(*moved);
    if (auto removed = LibraryMover::removeOld(libraryPath); !removed)
        QMessageBox::warning(
            nullptr, tr("Move Library"),
            tr("The library now lives in %1, but the old file could not be removed.\n\n%2")
                .arg(QDir::toNativeSeparators(*moved), removed.error().toString()));
    return *moved;
}

} // namespace Scholia
