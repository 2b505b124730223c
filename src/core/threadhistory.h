#pragma once

#include "commentversion.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <vector>

namespace Scholia {

// What the library remembers of a thread beyond its latest save: the texts re-imports
// replaced, the comments a newer save no longer held, and what the reader has read and
// not yet seen. Keyed by the comments' source ids; a comment absent from every member is
// an unchanged, read comment of the thread's only save.
struct ThreadHistory
{
    std::vector<QDateTime> saves; // every save of the thread, oldest first (UTC)
    // Texts the comment had before its current one, oldest first.
    QHash<QString, std::vector<CommentVersion>> earlierVersions;
    // Comments a newer save no longer held: the first save without them.
    QHash<QString, QDateTime> missingSince;
    // The site shows these removed or deleted; the text kept is their last one saved.
    QSet<QString> keptAfterRemoval;
    QSet<QString> unread;
    // Added or changed by a save the reader has not visited since, and not read yet
    // (a subset of unread). A thread's first save makes nothing new.
    QSet<QString> fresh;

    bool isEdited(const QString &sourceId) const { return earlierVersions.contains(sourceId); }
    bool isNew(const QString &sourceId) const { return fresh.contains(sourceId); }
    bool isUnread(const QString &sourceId) const { return unread.contains(sourceId); }
};

} // namespace Scholia
