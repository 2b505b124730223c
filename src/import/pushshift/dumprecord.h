#pragma once

#include <QString>

#include <optional>

namespace Scholia {

// One line of a Pushshift / Arctic Shift dump, reduced to what a thread needs: a comment
// or a submission, with its Markdown still unrendered. It is what the importer stages on
// disk between reading the file and assembling a thread, so it stays plain data.
struct DumpRecord
{
    enum class Kind : quint8 { Comment, Submission };

    Kind kind = Kind::Comment;
    QString id;        // without its kind prefix ("t1_", "t3_")
    QString threadId;  // the submission's id: its own for a submission, link_id's for a comment
    QString parentId;  // a comment's parent comment; empty when it replies to the submission
    QString author;
    QString markdown;  // a comment's body, a submission's selftext
    QString title;     // submission only
    QString linkUrl;   // submission only: "url"
    QString permalink; // "/r/sub/comments/…", when the dump has it
    QString subreddit;
    std::optional<qint64> created; // Unix seconds
    std::optional<qint64> score;
    std::optional<qint64> commentCount; // submission only: the site's num_comments
    bool wasEdited = false;
    std::optional<qint64> edited; // Unix seconds, when the dump says when
    bool stickied = false;
    QString distinguished; // "moderator", "admin", or empty

    bool isComment() const { return kind == Kind::Comment; }
};

} // namespace Scholia
