#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Scholia {

struct Comment;
struct ThreadHistory;

// What the library remembers of one comment's earlier saves, as HTML the screen and print
// renderers share: the word diff of an edited comment against its earlier texts, and the
// notes for a comment a newer save no longer held or one the site removed. Every text is
// escaped (the diff works on the plain text, never on the sanitized HTML).
class CommentVersionsHtml
{
    Q_DECLARE_TR_FUNCTIONS(CommentVersionsHtml)

public:
    // How the earlier texts are shown: folded behind a control, or open on paper.
    enum class Presentation
    {
        Folded, // a <details> the reader opens (works without script)
        Open,   // a plain block, for print
    };

    // The earlier texts of an edited comment, each diffed against the text after it,
    // newest change first; empty when the history holds none for it.
    static QString versions(const Comment &comment, const ThreadHistory &history,
                            Presentation presentation);
    // "Not in the save of DATE", "Removed on the site; …": empty when neither applies.
    static QString notes(const Comment &comment, const ThreadHistory &history);
    // The runs of the word diff: kept text, <del>removed</del>, <ins>added</ins>.
    static QString diff(const QString &before, const QString &after);
    static QString saveName(const QDateTime &savedAt);
};

} // namespace Scholia
