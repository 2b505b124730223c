#pragma once

#include <QString>

struct sqlite3;

namespace Scholia {

// Whether a library file is damaged, by SQLite's own checks. Only reads.
class LibraryIntegrity
{
public:
    // PRAGMA quick_check (O(N), skips index-content cross-checks) on an open connection:
    // empty when the file is sound, else what SQLite said (also when the file is not a
    // database at all or its schema page cannot be read).
    static QString quickCheck(sqlite3 *db);
    // PRAGMA integrity_check, the thorough one, for a backup about to become the library.
    static QString integrityCheck(sqlite3 *db);
    // Opens path read-only and runs quickCheck; for callers without a connection (the
    // window, after ThreadStore::open refused a library, asks whether damage was why).
    static QString quickCheckFile(const QString &path);
    static QString integrityCheckFile(const QString &path);
};

} // namespace Scholia
