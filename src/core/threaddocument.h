#pragma once

#include "comment.h"
#include "savegaps.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <vector>

namespace Scholia {

// A whole saved thread: the post and its comments in pre-order (a parent always comes
// before its children, and a subtree is contiguous). Importers produce it, the store
// keeps it, the renderer shows it.
struct ThreadDocument
{
    QString sourceKind; // the importer's format family, e.g. "reddit"
    QString sourceId;   // the site's id for the thread; with sourceKind it identifies it
    QUrl url;           // the thread's page
    QString site;       // e.g. "reddit.com/r/DataHoarder"
    QString title;
    QString author;
    QDateTime created; // UTC
    std::optional<qint64> score;
    QUrl linkUrl;     // what a link post points at, when it is not a self post
    QString bodyHtml; // the post's own text, sanitized
    QString bodyText;
    std::vector<Comment> comments;
    // What the saved file itself says it lacks (stubs, stream ids without a post, links to
    // further pages): never invented, stored with the thread, shown wherever it is read.
    SaveGaps gaps;

    // Things the importer could read but not map; shown after an import, never stored.
    QStringList warnings;

    // The kind of a thread rebuilt from a page's plain text: its comment boundaries and
    // replies are reconstructions, which the view says on every comment.
    static QString textDumpSourceKind() { return QStringLiteral("text-dump"); }
    bool isReconstructedFromText() const { return sourceKind == textDumpSourceKind(); }

    // Comments that stand for real replies (not "more" placeholders).
    int realCommentCount() const;
    // The comment with the site's id, or null. A linear scan: for occasional look-ups.
    const Comment *findComment(const QString &commentSourceId) const;
    bool operator==(const ThreadDocument &other) const;
};

} // namespace Scholia
