#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace Scholia {

enum class CommentState {
    Normal,
    Deleted, // the author deleted it; the site kept its place and its replies
    Removed, // a moderator removed it
};

// One reply in a thread, as the site showed it. A Comment also stands for a
// "N more replies not saved" placeholder when the saved file only had a stub.
struct Comment
{
    QString sourceId;     // the site's own id: re-imports match on it
    int parent = -1;      // index into ThreadDocument::comments; -1 replies to the post
    int siblingIndex = 0; // position among the parent's children, in site order
    int depth = 0;        // 0 for a reply to the post
    QString author;
    QDateTime created; // UTC; invalid when the file does not say
    QDateTime edited;  // UTC; invalid when not edited or the time is unknown
    bool wasEdited = false;
    std::optional<qint64> score;
    CommentState state = CommentState::Normal;
    QString bodyHtml; // sanitized
    QString bodyText; // exactly the text content of bodyHtml
    QUrl url;         // the comment's own page on the site, when known
    std::optional<int> notSavedReplies; // set: this is a placeholder for that many replies
    bool inLatestSave = true; // false: a re-import no longer contained it; kept anyway

    bool isPlaceholder() const { return notSavedReplies.has_value(); }
    bool operator==(const Comment &) const = default;
};

} // namespace Scholia
