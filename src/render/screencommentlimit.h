#pragma once

#include <QCoreApplication>
#include <QString>

namespace Scholia {

struct ThreadDocument;

// How long a comment the thread view draws. Chromium lays out one paragraph of 100 MB for
// minutes (the view stayed blank), so a longer comment is shown cut, as plain text, with a
// line saying so. Only the screen page is cut: the library keeps the whole text, search
// finds all of it, exports and `scholia show` print all of it.
class ScreenCommentLimit
{
    Q_DECLARE_TR_FUNCTIONS(ScreenCommentLimit)

public:
    // One million characters lays out in about a second; real comments stay far below
    // (Reddit's limit is 10 000, a long mailing-list patch is some 100 000).
    static constexpr qsizetype maxCharacters = 1'000'000;

    // Cuts the post and every comment longer than limit to their first limit characters.
    // The shown text stays the stored text's prefix, so annotation offsets in it still hold
    // (those past the cut are not drawn). Returns how many were cut.
    static int apply(ThreadDocument &thread, qsizetype limit = maxCharacters);
};

} // namespace Scholia
