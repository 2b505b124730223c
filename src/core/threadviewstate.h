#pragma once

#include <QString>
#include <QStringList>

namespace Scholia {

// How the reader left a thread: collapsed comments and the focused one, by source id.
// The store keeps it; the renderer draws the page already in that state.
struct ThreadViewState
{
    QStringList collapsed;
    QString focused; // empty for none
    bool operator==(const ThreadViewState &) const = default;
};

} // namespace Scholia
