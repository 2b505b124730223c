#pragma once

#include <QStringList>

namespace Scholia {

// The files imported last, newest first, kept in the application's QSettings so that
// File ▸ Recent Imports can import a newer save of the same thread again.
class RecentImports
{
public:
    static constexpr int maximumCount = 10;

    static QStringList paths();
    // Puts the paths (in batch order: the last one becomes the newest) in front.
    static void add(const QStringList &imported);
    static void clear();
};

} // namespace Scholia
