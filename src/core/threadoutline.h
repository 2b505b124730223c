#pragma once

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <vector>

namespace Scholia {

struct Comment;

// Every comment of a thread reduced to what its shape needs (id, parent, depth, text
// length, "more" placeholder or not) in flat arrays, in ThreadDocument::comments' order.
// ThreadStore::loadOutline reads it without the texts, so that a 200 000-comment thread's
// page model and map are built without a Comment (two dates, a URL, several strings) per
// row: that took most of the 3 s such a page needed before its last byte.
struct ThreadOutline
{
    std::vector<QString> ids;             // the comments' source ids
    std::vector<int> parents;             // indexes; -1 replies to the post
    std::vector<int> depths;              // 0 for a reply to the post
    std::vector<qsizetype> textLengths;   // bodyText's length
    std::vector<bool> placeholders;       // "N more replies not saved"
    // ThreadHistory's unread and fresh ("new") by position, when read with the outline
    // (loadOutline): a 200 000-comment thread never read put 200 000 ids in the history's
    // unread set, 0.6 s of its page's opening. Empty when the outline has no read marks.
    std::vector<bool> unread;
    std::vector<bool> fresh;
    // ThreadHistory's missingSince and keptAfterRemoval, read in the same pass: few
    // comments have them, so kept by id as the history keeps them. With these the history
    // need not walk the thread's rows again (0.2-0.3 s at 200 000 comments).
    QHash<QString, QDateTime> missingSince;
    QSet<QString> keptAfterRemoval;

    size_t size() const { return ids.size(); }
    void reserve(size_t comments);
    void append(const QString &id, int parent, int depth, qsizetype textLength, bool placeholder);
    int realCommentCount() const;
    // Read with loadOutline: unread, fresh, missingSince and keptAfterRemoval are set.
    bool hasReadMarks() const { return unread.size() == size() && fresh.size() == size(); }

    // The outline of comments already loaded (their bodyText's length in UTF-16 units).
    static ThreadOutline of(const std::vector<Comment> &comments);
};

} // namespace Scholia
