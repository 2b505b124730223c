#pragma once

#include "core/savegaps.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Scholia {

// One row of the library list: what is shown without loading the comments.
struct ThreadSummary
{
    qint64 id = 0;
    QString sourceKind;
    QString sourceId;
    QString site;
    QString title;
    QString author;
    QDateTime created;
    int commentCount = 0; // real comments, placeholders excluded
    int annotationCount = 0;
    QStringList tags; // the thread's own tags
    QDateTime importedAt;
    QDateTime updatedAt;
    SaveGaps gaps; // what the latest save lacks (missingIds are not kept)
    int newCount = 0;    // unread, and added or changed since the reader's last visit
    int unreadCount = 0; // placeholders excluded
};

} // namespace Scholia
