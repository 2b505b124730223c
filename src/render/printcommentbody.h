#pragma once

#include <QString>

#include <vector>

namespace Scholia {

// One numbered highlight of a comment, as the print renderer draws it.
struct PrintHighlight
{
    qsizetype start = 0; // UTF-16 offsets in the comment's plain text
    qsizetype end = 0;
    qint64 annotationId = 0;
    QString color;
    QString labelHtml; // already escaped: the number and tags drawn right after the passage
};

// A comment body for paper: the highlights as coloured <mark>s (HighlightInserter), each
// passage followed by its label (number, tags), and short link targets written out after
// the link text, since paper cannot be clicked. Reads only HtmlSanitizer's output.
class PrintCommentBody
{
public:
    // Links whose address is longer than this keep only their text (and stay clickable in a PDF).
    static constexpr qsizetype shortUrlLength = 60;

    static QString render(const QString &sanitizedHtml,
                          const std::vector<PrintHighlight> &highlights);

private:
    static QString insertLabels(const QString &marked,
                                const std::vector<PrintHighlight> &highlights);
    static QString writeOutShortUrls(const QString &html);
};

} // namespace Scholia
