#pragma once

#include <QCoreApplication>
#include <QString>

namespace Scholia {

// Preferences ▸ Move…, carried out between two library sessions (no connection open):
// the library is copied to the folder and checked, the settings name the new place, and
// only then is the old file removed. Says why when it fails; the library stays put then.
class LibraryRelocation
{
    Q_DECLARE_TR_FUNCTIONS(LibraryRelocation)

public:
    // The new library path, or empty when the library did not move.
    static QString move(const QString &libraryPath, const QString &folder);
};

} // namespace Scholia
