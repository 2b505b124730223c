// The plain-text reconstruction target: TextDumpSegmenter and QuoteFinder on token
// streams no real page would give (trailers anywhere, quotes of quotes, empty runs).
// Input: one token per line; an empty line is a blank line, a line starting with '~'
// a trailer, anything else a paragraph.

#include "fuzzinvariant.h"
#include "fuzztargets.h"

#include "import/textdump/quotefinder.h"
#include "import/textdump/textdumpsegmenter.h"

namespace Scholia::Fuzz {

namespace {

std::vector<TextDumpToken> tokensOf(const QString &text)
{
    std::vector<TextDumpToken> tokens;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const int number = int(i + 1);
        if (line.isEmpty())
            tokens.push_back({TextDumpToken::Kind::BlockBreak, {}, number});
        else if (line.startsWith(QLatin1Char('~')))
            tokens.push_back({TextDumpToken::Kind::Trailer, line.mid(1), number});
        else
            tokens.push_back({TextDumpToken::Kind::Paragraph, line, number});
    }
    return tokens;
}

// The units are the comments the importer makes: together they hold every paragraph
// once, in order, and each encloses only units before it.
void checkUnits(const TextDumpSegmentation &s)
{
    const int paragraphs = int(s.paragraphs.size());
    FuzzInvariant::require(s.isQuote.size() == s.paragraphs.size(),
                           "isQuote does not match the paragraphs");
    FuzzInvariant::require(paragraphs == 0 || !s.units.empty(), "paragraphs but no comment");
    int next = 0;
    for (size_t u = 0; u < s.units.size(); ++u) {
        const TextDumpUnit &unit = s.units[u];
        const QString where = QStringLiteral("unit %1: first %2, count %3, parent %4")
                                  .arg(u)
                                  .arg(unit.firstParagraph)
                                  .arg(unit.paragraphCount)
                                  .arg(unit.parent);
        FuzzInvariant::require(unit.firstParagraph == next, "units skip or repeat a paragraph",
                               where);
        FuzzInvariant::require(unit.paragraphCount >= 1, "a unit without a paragraph", where);
        FuzzInvariant::require(unit.parent >= -1 && unit.parent < int(u),
                               "a unit's parent is not before it", where);
        next += unit.paragraphCount;
    }
    FuzzInvariant::require(next == paragraphs, "units do not cover every paragraph");
}

void checkQuotes(const TextDumpSegmentation &s)
{
    QuoteFinder finder;
    for (int i = 0; i < int(s.paragraphs.size()); ++i) {
        const QString &text = s.paragraphs[size_t(i)].text;
        const int quoted = finder.findQuoted(text);
        FuzzInvariant::require(quoted >= -1 && quoted < i, "a quote of a paragraph not yet read",
                               text);
        FuzzInvariant::require((quoted >= 0) == s.isQuote[size_t(i)],
                               "isQuote disagrees with QuoteFinder", text);
        finder.add(i, text);
    }
}

} // namespace

int fuzzTextReconstruction(const uint8_t *data, size_t size)
{
    FuzzInvariant::ensureCoreApplication();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const TextDumpSegmentation segmentation = TextDumpSegmenter::segment(tokensOf(text));
    checkUnits(segmentation);
    checkQuotes(segmentation);
    return 0;
}

} // namespace Scholia::Fuzz
