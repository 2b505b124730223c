#pragma once

#include <QByteArray>
#include <QString>

namespace Scholia {

// Counts Find in Thread's matches in every comment of a windowed thread, in Scholia's own
// process, so that the page gets back the few comments that match rather than every
// comment's text (about 60 MB at 200 000 comments, which the page then kept).
// The rule is find.js's: the text and the needle lowercased, matches counted without
// overlapping.
class FindMatchCounter
{
public:
    // `records` is ThreadStore::commentTexts's: per comment, in the page's order, its source
    // id, U+001F, its text, U+001E. `needle` is already lowercased by the page. One line
    // "<position> <count>\n" per comment that matches, in order.
    static QByteArray matchesIn(const QString &records, const QString &needle);
};

} // namespace Scholia
