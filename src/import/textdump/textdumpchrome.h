#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace Scholia {

// What a site's page puts around its comments, as it survives when the page is saved
// as plain text: the header that ends where the reply form starts, buttons that become
// lines of their own, the links to comments the page did not hold, and the trailer each
// comment's action menu leaves behind.
struct TextDumpChrome
{
    enum class LineKind
    {
        Text,    // something a person wrote
        Chrome,  // a button or label: dropped
        Gap,     // a link to comments the page did not hold: dropped, and counted as a gap
        Trailer, // closes the innermost open comment
    };

    QString family;           // e.g. "rdrama" (themotte.org and sister sites)
    QStringList headerEnds;   // the page header ends at the first of these lines
    QStringList chromeLines;  // whole lines that are page furniture
    QStringList trailerLines; // whole lines that end a comment's block
    QStringList gapLines;     // whole lines that link to more comments, with no number

    // The sites Scholia knows the text-dump shape of.
    static const std::vector<TextDumpChrome> &knownSites();
    // The known site whose header end or trailer lines occur in the text, or null.
    static const TextDumpChrome *recognise(const QStringList &lines);

    LineKind kind(const QString &trimmedLine) const;
    // Index of the first line after the page header, or 0 when there is no header.
    int headerLength(const QStringList &trimmedLines) const;
};

} // namespace Scholia
