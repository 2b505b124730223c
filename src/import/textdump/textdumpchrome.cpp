#include "textdumpchrome.h"

namespace Scholia {

const std::vector<TextDumpChrome> &TextDumpChrome::knownSites()
{
    // rDrama's comment template (themotte/rDrama, files/templates/comments.html) puts
    // each comment's action modal ("More options", then "Context", "Copy link") after
    // the comment's replies, so a trailer closes a comment only once its whole subtree
    // has been written out: trailers nest like closing brackets. Its "More comments" link
    // (where the nesting stops) and "Load more comments" button (the next page of top-level
    // comments) say that the page holds less than the thread, without saying how much.
    static const std::vector<TextDumpChrome> sites = {
        {QStringLiteral("rdrama"),
         {QStringLiteral("Jump in the discussion."), QStringLiteral("No email address required.")},
         {QStringLiteral("More options"), QStringLiteral("Notes -"),
          QStringLiteral("Jump in the discussion."), QStringLiteral("No email address required."),
          QStringLiteral("Context"), QStringLiteral("Copy link"), QStringLiteral("Reply"),
          QStringLiteral("Report")},
         {QStringLiteral("Context Copy link")},
         {QStringLiteral("More comments"), QStringLiteral("Load more comments")}},
    };
    return sites;
}

const TextDumpChrome *TextDumpChrome::recognise(const QStringList &lines)
{
    for (const TextDumpChrome &site : knownSites()) {
        for (const QString &line : lines) {
            if (site.headerEnds.contains(line) || site.trailerLines.contains(line))
                return &site;
        }
    }
    return nullptr;
}

TextDumpChrome::LineKind TextDumpChrome::kind(const QString &trimmedLine) const
{
    if (trailerLines.contains(trimmedLine))
        return LineKind::Trailer;
    if (chromeLines.contains(trimmedLine))
        return LineKind::Chrome;
    if (gapLines.contains(trimmedLine))
        return LineKind::Gap;
    return LineKind::Text;
}

int TextDumpChrome::headerLength(const QStringList &trimmedLines) const
{
    int end = -1;
    for (int i = 0; i < trimmedLines.size(); ++i) {
        if (headerEnds.contains(trimmedLines[i])) {
            end = i;
            break;
        }
        // A trailer before any header end: the dump starts inside the comments.
        if (trailerLines.contains(trimmedLines[i]))
            return 0;
    }
    if (end < 0)
        return 0;
    // The reply form's other labels follow its first one. (A gap line stops this: the
    // reader must see it to count it.)
    int after = end + 1;
    while (after < trimmedLines.size()
           && (trimmedLines[after].isEmpty() || headerEnds.contains(trimmedLines[after])
               || chromeLines.contains(trimmedLines[after])))
        ++after;
    return after;
}

} // namespace Scholia
