#pragma once

#include <QCoreApplication>
#include <QString>

namespace Scholia {

struct Comment;
struct ThreadDocument;

// A thread as terminal text: a header, then one line per comment (author, score,
// first line of text), indented by depth in the Tree layout.
class TreeTextFormatter
{
    Q_DECLARE_TR_FUNCTIONS(TreeTextFormatter)

public:
    enum class Layout { Flat, Tree };
    static QString format(const ThreadDocument &thread, Layout layout);
    // The first non-empty line of a comment's text, shortened to about maxLength.
    static QString firstLine(const QString &text, int maxLength = 100);

private:
    static QString commentLine(const Comment &comment);
};

} // namespace Scholia
