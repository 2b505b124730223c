#pragma once

#include <QString>

namespace Scholia {

// W3C TextQuoteSelector: the quoted text with a little context either side, so the
// quote can be found again after the comment's text changes.
struct TextQuoteSelector
{
    static constexpr qsizetype contextLength = 32; // UTF-16 code units, at most

    QString exact;
    QString prefix; // the text just before exact, up to contextLength
    QString suffix; // the text just after exact, up to contextLength

    // The selector for text[start, end). Context never splits a surrogate pair, so it
    // may be one unit shorter than contextLength. Offsets are clamped to the text.
    static TextQuoteSelector fromText(const QString &text, qsizetype start, qsizetype end);

    bool operator==(const TextQuoteSelector &) const = default;
};

} // namespace Scholia
