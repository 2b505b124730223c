#pragma once

#include <QCoreApplication>
#include <QString>

namespace Scholia {

struct Comment;
struct ThreadDocument;
struct ThreadHistory;

// A thread as terminal text: a header, then one line per comment (author, score,
// first line of text), indented by depth in the Tree layout. Given the thread's history,
// a comment also says what the saves did to it: new, edited, missing from the latest
// save, removed on the site with an earlier text kept.
class TreeTextFormatter
{
    Q_DECLARE_TR_FUNCTIONS(TreeTextFormatter)

public:
    enum class Layout
    {
        Flat,
        Tree
    };
    static QString format(const ThreadDocument &thread, Layout layout,
                          const ThreadHistory *history = nullptr);
    // The first non-empty line of a comment's text, shortened to about maxLength.
    static QString firstLine(const QString &text, int maxLength = 100);

private:
    static QString commentLine(const Comment &comment, const ThreadHistory *history);
};

} // namespace Scholia
