#pragma once

#include "core/result.h"

#include <QString>

namespace Scholia {

// Moves a library file to another folder without ever leaving the reader without one:
// the copy is made with SQLite's backup API under a temporary name, checked with
// PRAGMA integrity_check, and only then takes the library's name in the new folder.
// The old file is left alone; the caller removes it once the new place is in use.
// No connection to the library may be open (its write-ahead log is read by the copy).
class LibraryMover
{
public:
    // The path the library would have in folder (same file name).
    static QString targetPath(const QString &libraryPath, const QString &folder);
    // Copies libraryPath into folder and returns the new library's path. Refuses a
    // folder that already holds a file of that name, and moving a library onto itself.
    static Result<QString> copyTo(const QString &libraryPath, const QString &folder);
    // Removes the library file with its -wal/-shm (after a successful move).
    static Result<void> removeOld(const QString &libraryPath);
};

} // namespace Scholia
