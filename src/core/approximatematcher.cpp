#include "approximatematcher.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>

namespace Scholia {

std::vector<ApproximateMatch> ApproximateMatcher::find(QStringView text, QStringView pattern,
                                                       int maxDistance, int maxMatches)
{
    const qsizetype m = pattern.size();
    if (m == 0 || m > maxPatternLength || maxDistance < 0 || maxMatches <= 0)
        return {};
    // With m edits every position "matches" the empty string: that is no match at all.
    const int k = std::min(maxDistance, int(m) - 1);

    // column[i]: the fewest edits turning pattern[0, i) into some text ending here. Rows
    // above `last` are known to exceed k and are not computed (Ukkonen's cut-off); the
    // stale values left there also exceed k, which is all the recurrence needs of them.
    std::vector<int> column(size_t(m) + 1);
    std::iota(column.begin(), column.end(), 0);
    int last = k;

    // Ends where the distance reaches a local minimum (the first of a plateau): a
    // match's neighbours match too, one edit worse, and are not separate places.
    std::vector<ApproximateMatch> ends; // starts are filled in below
    constexpr int none = std::numeric_limits<int>::max();
    int previous = none;
    std::optional<ApproximateMatch> falling; // the lowest end since the distance last rose
    for (qsizetype j = 0; j < text.size(); ++j) {
        const QChar c = text[j];
        int diagonal =
            0; // column[i - 1] before this step (row 0 stays 0: a match may start anywhere)
        int rowAbove = 0; // column[i - 1] after this step
        const int limit = std::min(last + 1, int(m));
        for (int i = 1; i <= limit; ++i) {
            const int sameRow = column[size_t(i)];
            const int value =
                pattern[i - 1] == c ? diagonal : std::min({diagonal, sameRow, rowAbove}) + 1;
            diagonal = sameRow;
            column[size_t(i)] = value;
            rowAbove = value;
        }
        last = limit;
        while (last > 0 && column[size_t(last)] > k)
            --last;
        const int d = last == m ? column[size_t(m)] : none;
        if (d < previous) {
            falling = ApproximateMatch{0, j + 1, d};
        } else if (d > previous && falling) {
            ends.push_back(*falling);
            falling.reset();
        }
        previous = d;
    }
    if (falling)
        ends.push_back(*falling);

    std::stable_sort(ends.begin(), ends.end(),
                     [](const ApproximateMatch &a, const ApproximateMatch &b) {
                         return a.distance < b.distance;
                     });
    if (ends.size() > size_t(maxMatches))
        ends.resize(size_t(maxMatches));
    for (ApproximateMatch &match : ends)
        match.start = startOf(text, pattern, match.end, k);
    return ends;
}

qsizetype ApproximateMatcher::startOf(QStringView text, QStringView pattern, qsizetype end,
                                      int maxDistance)
{
    // Edit distance between the reversed pattern and the reversed text before `end`,
    // anchored at `end`: row L of the last column is the cost of a match L long.
    const qsizetype m = pattern.size();
    const qsizetype span = std::min<qsizetype>(end, m + maxDistance);
    std::vector<int> previous(size_t(span) + 1);
    std::vector<int> current(size_t(span) + 1);
    std::iota(previous.begin(), previous.end(), 0);
    for (qsizetype i = 1; i <= m; ++i) {
        const QChar p = pattern[m - i];
        current[0] = int(i);
        for (qsizetype l = 1; l <= span; ++l) {
            const int substitute = previous[size_t(l - 1)] + (text[end - l] == p ? 0 : 1);
            current[size_t(l)] =
                std::min({substitute, previous[size_t(l)] + 1, current[size_t(l - 1)] + 1});
        }
        std::swap(previous, current);
    }
    // The cheapest length; among equals, the one nearest the pattern's own length.
    qsizetype best = 0;
    for (qsizetype l = 1; l <= span; ++l) {
        const auto closer = [&] { return std::abs(l - m) < std::abs(best - m); };
        if (previous[size_t(l)] < previous[size_t(best)] ||
            (previous[size_t(l)] == previous[size_t(best)] && closer()))
            best = l;
    }
    return end - best;
}

int ApproximateMatcher::distance(QStringView a, QStringView b)
{
    if (a.size() < b.size())
        std::swap(a, b);
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(size_t(b.size()) + 1);
    std::iota(previous.begin(), previous.end(), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitute = previous[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[size_t(j)] =
                std::min({substitute, previous[size_t(j)] + 1, current[size_t(j - 1)] + 1});
        }
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

} // namespace Scholia
