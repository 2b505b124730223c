#pragma once

#include <QString>

namespace Scholia {

// Where the library file is: --db, else $SCHOLIA_DB, else the per-user data folder.
class DatabaseLocation
{
public:
    static QString resolve(const QString &fromCommandLine = {});
    static QString defaultPath();
};

} // namespace Scholia
