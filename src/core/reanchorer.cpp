#include "reanchorer.h"

#include "approximatematcher.h"

#include <QStringView>

#include <algorithm>
#include <optional>
#include <vector>

namespace Scholia {

namespace {

// Enough to rank every occurrence of a short quote in a long comment, and still bounded.
constexpr qsizetype maxOccurrences = 4096;
constexpr int maxApproximateMatches = 64;

struct Candidate
{
    qsizetype start;
    qsizetype end;
    int distance;
};

std::vector<qsizetype> occurrences(const QString &text, const QString &exact)
{
    std::vector<qsizetype> found;
    for (qsizetype at = text.indexOf(exact); at >= 0 && qsizetype(found.size()) < maxOccurrences;
         at = text.indexOf(exact, at + 1))
        found.push_back(at);
    return found;
}

// A fuzzy match may begin or end inside a surrogate pair; widen it to whole characters.
Candidate wholeCharacters(const QString &text, Candidate c)
{
    if (c.start > 0 && c.start < text.size() && text.at(c.start).isLowSurrogate())
        --c.start;
    if (c.end > 0 && c.end < text.size() && text.at(c.end).isLowSurrogate())
        ++c.end;
    return c;
}

// 0 when the two contexts are equal, 1 when nothing of them is shared.
double contextMismatch(QStringView before, QStringView now)
{
    const qsizetype longer = std::max(before.size(), now.size());
    if (longer == 0)
        return 0.0;
    return double(ApproximateMatcher::distance(before, now)) / double(longer);
}

class Ranking
{
public:
    Ranking(const TextPositionSelector &position, const TextQuoteSelector &quote,
            const QString &text)
        : m_position(position), m_quote(quote), m_text(text)
    {
    }

    void consider(Candidate candidate)
    {
        candidate = wholeCharacters(m_text, candidate);
        if (candidate.end <= candidate.start)
            return;
        const double cost = costOf(candidate);
        const qsizetype shift = std::abs(candidate.start - m_position.start);
        if (!m_best || cost < m_bestCost || (cost == m_bestCost && shift < m_bestShift)) {
            m_best = candidate;
            m_bestCost = cost;
            m_bestShift = shift;
        }
    }

    const std::optional<Candidate> &best() const { return m_best; }

private:
    // The quote's own distance weighs twice as much as the context around it: context
    // tells apart places that hold the quote about equally well.
    double costOf(const Candidate &c) const
    {
        const qsizetype contextLength = TextQuoteSelector::contextLength;
        const QStringView text(m_text);
        const qsizetype prefixStart = std::max<qsizetype>(0, c.start - contextLength);
        const QStringView prefix = text.mid(prefixStart, c.start - prefixStart);
        const QStringView suffix = text.mid(c.end, std::min(contextLength, m_text.size() - c.end));
        const double quote = double(c.distance) / double(m_quote.exact.size());
        return 2.0 * quote + 0.5 * (contextMismatch(m_quote.prefix, prefix) +
                                    contextMismatch(m_quote.suffix, suffix));
    }

    const TextPositionSelector &m_position;
    const TextQuoteSelector &m_quote;
    const QString &m_text;
    std::optional<Candidate> m_best;
    double m_bestCost = 0.0;
    qsizetype m_bestShift = 0;
};

// A quote too long to match whole is matched by its head and its tail: a pair whose
// span is about the quote's length stands for the quote, the edits of its two ends
// plus the difference in length standing for the edits of the whole.
void considerLongQuote(Ranking &ranking, const QString &exact, const QString &text)
{
    const qsizetype m = exact.size();
    const qsizetype piece = ApproximateMatcher::maxPatternLength;
    const int pieceTolerance = Reanchorer::toleratedDistance(piece);
    const int tolerance = Reanchorer::toleratedDistance(m);
    const auto heads = ApproximateMatcher::find(text, QStringView(exact).left(piece),
                                                pieceTolerance, maxApproximateMatches);
    if (heads.empty())
        return;
    const auto tails = ApproximateMatcher::find(text, QStringView(exact).right(piece),
                                                pieceTolerance, maxApproximateMatches);
    for (const ApproximateMatch &head : heads) {
        for (const ApproximateMatch &tail : tails) {
            if (tail.start < head.start || tail.end < head.end)
                continue;
            const qsizetype span = tail.end - head.start;
            const int distance = head.distance + tail.distance + int(std::abs(span - m));
            if (distance <= tolerance)
                ranking.consider({head.start, tail.end, distance});
        }
    }
}

Reanchoring anchoredAt(const QString &text, qsizetype start, qsizetype end, AnchorState state,
                       int distance)
{
    return {state, {start, end}, TextQuoteSelector::fromText(text, start, end), distance};
}

} // namespace

Reanchoring Reanchorer::reanchor(const TextPositionSelector &position,
                                 const TextQuoteSelector &quote, const QString &text)
{
    const QString &exact = quote.exact;
    const Reanchoring orphaned{AnchorState::Orphaned, position, quote, 0};
    if (exact.isEmpty())
        return orphaned; // nothing to look for

    if (position.start >= 0 && position.end <= text.size() && position.length() == exact.size() &&
        QStringView(text).mid(position.start, position.length()) == exact)
        return anchoredAt(text, position.start, position.end, AnchorState::Anchored, 0);

    const std::vector<qsizetype> found = occurrences(text, exact);
    if (found.size() == 1)
        return anchoredAt(text, found.front(), found.front() + exact.size(), AnchorState::Anchored,
                          0);

    Ranking ranking(position, quote, text);
    for (const qsizetype at : found)
        ranking.consider({at, at + exact.size(), 0});
    if (exact.size() <= ApproximateMatcher::maxPatternLength) {
        for (const ApproximateMatch &match : ApproximateMatcher::find(
                 text, exact, toleratedDistance(exact.size()), maxApproximateMatches)) {
            if (match.distance > 0) // the exact ones are all in `found` already
                ranking.consider({match.start, match.end, match.distance});
        }
    } else {
        considerLongQuote(ranking, exact, text);
    }

    const std::optional<Candidate> &best = ranking.best();
    if (!best)
        return orphaned;
    return anchoredAt(text, best->start, best->end, AnchorState::Reanchored, best->distance);
}

} // namespace Scholia
