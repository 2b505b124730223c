#pragma once

#include "annotation.h"

#include <QString>

namespace Scholia {

// Where an annotation's passage is in a comment's new text, and how sure that is.
struct Reanchoring
{
    AnchorState state = AnchorState::Orphaned;
    // Orphaned: the selectors as they were. Otherwise the passage in the new text, with
    // its quote and context taken from there (so text.mid(start, length) == exact).
    TextPositionSelector position;
    TextQuoteSelector quote;
    int distance = 0; // edits between the old quote and the new passage (estimated for long quotes)
};

// Finds a passage again after its comment's text changed (a re-import of an edited
// comment), in the order the W3C selectors allow:
//   1. the old position still holds the quote → keep it (Anchored);
//   2. the quote occurs exactly once → move there (Anchored);
//   3. the best approximate match, within a quarter of the quote's length in edits,
//      ranked by its quote distance and by how well the prefix and suffix still fit
//      (this also settles a quote that now occurs more than once) → move (Reanchored);
//   4. otherwise Orphaned, the selectors left as they were.
// Bounded: approximate matching costs O(n·k) on typical text, and quotes longer than
// ApproximateMatcher::maxPatternLength are matched by their head and tail, so a
// 100 KB comment takes milliseconds, not minutes.
class Reanchorer
{
public:
    static Reanchoring reanchor(const TextPositionSelector &position,
                                const TextQuoteSelector &quote, const QString &text);

    // Edits a match may need to count as the quote: a quarter of its length.
    static int toleratedDistance(qsizetype quoteLength) { return int(quoteLength / 4); }
};

} // namespace Scholia
