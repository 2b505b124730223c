#include "textdumpsegmenter.h"

#include "quotefinder.h"

#include <algorithm>
#include <set>

namespace Scholia {

TextDumpSegmentation TextDumpSegmenter::segment(std::vector<TextDumpToken> tokens)
{
    TextDumpSegmenter segmenter(std::move(tokens));
    segmenter.findQuotes();
    if (segmenter.m_hasTrailers)
        segmenter.segmentByTrailers();
    else
        segmenter.segmentFlat();
    return std::move(segmenter.m_result);
}

TextDumpSegmenter::TextDumpSegmenter(std::vector<TextDumpToken> tokens)
{
    bool blankBefore = false;
    for (TextDumpToken &token : tokens) {
        switch (token.kind) {
        case TextDumpToken::Kind::Paragraph:
            if (m_runs.empty() || m_runs.back().trailersAfter > 0)
                m_runs.push_back({int(m_result.paragraphs.size()), int(m_result.paragraphs.size()), 0});
            m_afterBlankLine.push_back(blankBefore && !m_result.paragraphs.empty());
            m_hasBlankLines = m_hasBlankLines || m_afterBlankLine.back();
            blankBefore = false;
            m_result.paragraphs.push_back(std::move(token));
            m_runs.back().end = int(m_result.paragraphs.size());
            break;
        case TextDumpToken::Kind::Trailer:
            m_hasTrailers = true;
            if (m_runs.empty())
                m_runs.push_back({0, 0, 0}); // trailers before any text close nothing
            ++m_runs.back().trailersAfter;
            break;
        case TextDumpToken::Kind::BlockBreak:
            blankBefore = true;
            break;
        }
    }
}

void TextDumpSegmenter::findQuotes()
{
    QuoteFinder finder;
    const int count = int(m_result.paragraphs.size());
    m_quotedParagraph.assign(size_t(count), -1);
    m_result.isQuote.assign(size_t(count), false);
    for (int i = 0; i < count; ++i) {
        const QString &text = m_result.paragraphs[size_t(i)].text;
        m_quotedParagraph[size_t(i)] = finder.findQuoted(text);
        m_result.isQuote[size_t(i)] = m_quotedParagraph[size_t(i)] >= 0;
        finder.add(i, text);
    }
}

// A quote opens a reply unless it continues a quote (a passage quoted over several lines).
bool TextDumpSegmenter::startsQuote(int paragraph) const
{
    return m_result.isQuote[size_t(paragraph)] && paragraph > 0 && !m_result.isQuote[size_t(paragraph - 1)];
}

void TextDumpSegmenter::segmentByTrailers()
{
    // Where comments begin in each run of paragraphs: its first paragraph and every quote.
    std::vector<std::set<int>> starts(m_runs.size());
    for (size_t r = 0; r < m_runs.size(); ++r) {
        const Run &run = m_runs[r];
        if (run.end == run.first)
            continue;
        starts[r].insert(run.first);
        for (int p = run.first + 1; p < run.end; ++p) {
            if (startsQuote(p))
                starts[r].insert(p);
        }
    }
    // Each trailer closes one comment, so by every trailer at least as many comments
    // must have begun as trailers have come. Where too few have, the missing ones began
    // in the runs before it, latest first (a trailer most likely closes what was just
    // written), each at most one per paragraph.
    std::vector<int> wanted(m_runs.size());
    int begun = 0;
    int closed = 0;
    for (size_t r = 0; r < m_runs.size(); ++r) {
        wanted[r] = int(starts[r].size());
        begun += wanted[r];
        closed += m_runs[r].trailersAfter;
        for (size_t j = r + 1; j-- > 0 && begun < closed;) {
            const int room = (m_runs[j].end - m_runs[j].first) - wanted[j];
            const int added = std::min(room, closed - begun);
            wanted[j] += added;
            begun += added;
        }
    }

    std::vector<int> open; // units whose trailer has not come yet, outermost first
    int unmatchedTrailers = 0;
    for (size_t r = 0; r < m_runs.size(); ++r) {
        const Run &run = m_runs[r];
        std::set<int> &runStarts = starts[r];
        // Without another sign, the later paragraphs are taken as one comment each: in a
        // reply chain the first comment is the one most likely to run long.
        int guessed = 0;
        for (int p = run.end - 1; p > run.first && int(runStarts.size()) < wanted[r]; --p) {
            if (runStarts.insert(p).second)
                ++guessed;
        }
        if (guessed > 0)
            m_result.warnings << QStringLiteral("lines %1–%2: the trailer lines need %3 comments in these %4 "
                                                "paragraphs; where they split is a guess (the last %5 "
                                                "paragraphs taken as one comment each)")
                                     .arg(m_result.paragraphs[size_t(run.first)].line)
                                     .arg(m_result.paragraphs[size_t(run.end - 1)].line)
                                     .arg(runStarts.size())
                                     .arg(run.end - run.first)
                                     .arg(guessed);
        for (auto it = runStarts.begin(); it != runStarts.end(); ++it) {
            const int next = std::next(it) == runStarts.end() ? run.end : *std::next(it);
            m_result.units.push_back({*it, next - *it, open.empty() ? -1 : open.back()});
            open.push_back(int(m_result.units.size()) - 1);
        }
        for (int t = 0; t < run.trailersAfter; ++t) {
            if (open.empty())
                ++unmatchedTrailers;
            else
                open.pop_back();
        }
    }
    if (unmatchedTrailers > 0)
        m_result.warnings << QStringLiteral("%1 trailer line(s) came after every comment was closed; ignored")
                                 .arg(unmatchedTrailers);
}

void TextDumpSegmenter::segmentFlat()
{
    // Paragraph index → its unit, to find the unit a quote points into.
    std::vector<int> unitOf(m_result.paragraphs.size(), -1);
    const int count = int(m_result.paragraphs.size());
    for (int p = 0; p < count; ++p) {
        bool starts = p == 0 || startsQuote(p);
        if (!starts && !m_result.isQuote[size_t(p)]) {
            // The words after a quote answer it: they stay with it.
            const bool answersQuote = m_result.isQuote[size_t(p - 1)];
            starts = m_hasBlankLines ? m_afterBlankLine[size_t(p)] : !answersQuote;
        }
        if (starts) {
            int parent = -1;
            if (p > 0 && m_result.isQuote[size_t(p)])
                parent = unitOf[size_t(m_quotedParagraph[size_t(p)])];
            m_result.units.push_back({p, 0, parent});
        }
        ++m_result.units.back().paragraphCount;
        unitOf[size_t(p)] = int(m_result.units.size()) - 1;
    }
}

} // namespace Scholia
