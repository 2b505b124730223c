#pragma once

#include <QStringView>

#include <vector>

namespace Scholia {

struct ApproximateMatch
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive
    int distance = 0;  // edits (Levenshtein) between the pattern and text[start, end)
};

// Approximate substring search, for finding an edited quote in an edited comment.
class ApproximateMatcher
{
public:
    // Longer patterns are refused: the caller matches a long quote by its two ends.
    static constexpr qsizetype maxPatternLength = 256;

    // The places where text holds pattern with at most maxDistance edits: the ends
    // where the distance is locally smallest, at most maxMatches of them, closest
    // first, then by position. Sellers' algorithm with Ukkonen's cut-off,
    // so it takes O(n·k) steps on typical text and O(n·m) at worst, in O(m) memory.
    static std::vector<ApproximateMatch> find(QStringView text, QStringView pattern,
                                              int maxDistance, int maxMatches);

    // Levenshtein distance in O(|a|·|b|) steps: meant for short strings such as context.
    static int distance(QStringView a, QStringView b);

private:
    // Where the closest match ending at end starts: a reverse pass over the text before it.
    static qsizetype startOf(QStringView text, QStringView pattern, qsizetype end, int maxDistance);
};

} // namespace Scholia
