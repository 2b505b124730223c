#pragma once

#include <QString>

namespace Scholia {

// Where the library file is: --db, else $SCHOLIA_DB, else where Preferences moved it,
// else the per-user data folder.
class DatabaseLocation
{
public:
    static QString resolve(const QString &fromCommandLine = {});
    static QString defaultPath();
    // The place Preferences ▸ Move Library… chose (empty: the default place).
    static QString chosenPath();
    static void setChosenPath(const QString &path);
    // False when the open library came from --db or $SCHOLIA_DB: a place chosen in
    // Preferences would not be used for it.
    static bool canMove(const QString &openLibraryPath);
};

} // namespace Scholia
