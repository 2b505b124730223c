#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace Scholia {

// One piece of a text dump after the page furniture is gone.
struct TextDumpToken
{
    enum class Kind {
        Paragraph,  // a line someone wrote
        Trailer,    // a comment's trailer line: closes the innermost open comment
        BlockBreak, // a blank line
    };
    Kind kind = Kind::Paragraph;
    QString text;
    int line = 0; // 1-based, for warnings
};

// A comment (or the post) rebuilt from paragraphs.
struct TextDumpUnit
{
    int firstParagraph = 0;
    int paragraphCount = 0;
    int parent = -1; // unit index; -1 when nothing encloses it
};

struct TextDumpSegmentation
{
    std::vector<TextDumpToken> paragraphs; // the Paragraph tokens, in order
    std::vector<bool> isQuote;             // per paragraph: repeats an earlier passage
    std::vector<TextDumpUnit> units;       // units[0] is the post
    QStringList warnings;
};

// Splits a text dump's paragraphs into comments and finds who replies to whom, from the
// only signals a dump keeps: trailer lines, which nest like closing brackets (a comment's
// trailer follows its replies), blank lines between blocks, and quotes (a paragraph
// repeating an earlier passage starts a reply). With none of them, every paragraph (or
// blank-line block) is a comment in a flat list: nothing is made up.
class TextDumpSegmenter
{
public:
    static TextDumpSegmentation segment(std::vector<TextDumpToken> tokens);

private:
    struct Run
    {
        int first = 0;        // paragraph index
        int end = 0;          // one past the last paragraph
        int trailersAfter = 0;
    };

    explicit TextDumpSegmenter(std::vector<TextDumpToken> tokens);
    void findQuotes();
    void segmentByTrailers();
    void segmentFlat();
    bool startsQuote(int paragraph) const;

    TextDumpSegmentation m_result;
    std::vector<Run> m_runs;
    std::vector<bool> m_afterBlankLine;
    std::vector<int> m_quotedParagraph; // per paragraph: the one it quotes, or -1
    bool m_hasTrailers = false;
    bool m_hasBlankLines = false;
};

} // namespace Scholia
