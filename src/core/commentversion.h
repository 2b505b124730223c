#pragma once

#include "comment.h"

#include <QDateTime>
#include <QString>

namespace Scholia {

// One text a comment had, and the save it came from. The library keeps every text a
// re-import replaced, so the words the reader read are never lost.
struct CommentVersion
{
    QDateTime savedAt; // UTC: when the save holding this text entered the library
    CommentState state = CommentState::Normal;
    QDateTime edited;  // the site's edit time in that save; invalid when not known
    QString bodyHtml;  // sanitized, as stored
    QString bodyText;
    bool operator==(const CommentVersion &) const = default;
};

} // namespace Scholia
