#pragma once

#include <QString>

#include <vector>

namespace Scholia {

// One highlighted range of a comment's text, in UTF-16 offsets of its plain text.
struct HighlightSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    qint64 annotationId = 0;
    QString color; // a palette name, used as the class hl-<color>
    QString title; // shown on hover: tags and note
};

// Wraps ranges of a sanitized comment body in <mark> elements without changing its
// text. It reads only HtmlSanitizer's own output (escaped text, tags without raw '>',
// the newline it puts after <pre>), not arbitrary HTML. Marks never cross an element
// boundary: a range over two paragraphs becomes two marks. Where ranges overlap, the
// mark lists every annotation (data-annotation="3 7") and takes the newest one's colour.
class HighlightInserter
{
public:
    static QString insert(const QString &sanitizedHtml, std::vector<HighlightSpan> spans);
};

} // namespace Scholia
