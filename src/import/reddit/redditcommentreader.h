#pragma once

#include "core/comment.h"
#include "import/jsondocument.h"

#include <QString>
#include <QUrl>

namespace Scholia {

// One Reddit comment object as a Comment, for both files that hold them: the "data" of a
// t1 in Reddit's own JSON, and a comment of a bdfr archive (the object PRAW gave bdfr, with
// fewer of its keys). Id, author, state, times, edit, score and address are read here and
// nowhere else. The body is not: a listing carries it as entity-escaped HTML, bdfr only as
// the Markdown source, so each importer turns it into sanitized HTML its own way.
class RedditCommentReader
{
public:
    // threadUrl: the post's page, under which a comment without a "permalink" has its own.
    explicit RedditCommentReader(QUrl threadUrl);

    // "id", else the fullname "name" without its kind prefix; empty when there is neither.
    static QString idOf(JsonDocument::Element data);
    // "t1_abc" → "abc"; anything else unchanged.
    static QString withoutKindPrefix(const QString &fullname);

    // Reddit replaces the Markdown of a comment that is gone ("[removed]", "[deleted]")
    // and keeps its place; also what the dumps archivists share hold.
    static CommentState stateOfBody(const QString &markdown);

    // The comment with that id, without its body, parent or place in the tree.
    Comment read(JsonDocument::Element data, const QString &id) const;

private:
    QUrl m_threadUrl;
};

} // namespace Scholia
