#include "textquoteselector.h"

#include <algorithm>

namespace Scholia {

TextQuoteSelector TextQuoteSelector::fromText(const QString &text, qsizetype start, qsizetype end)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    qsizetype prefixStart = std::max<qsizetype>(0, start - contextLength);
    if (prefixStart > 0 && text.at(prefixStart).isLowSurrogate())
        ++prefixStart;
    qsizetype suffixEnd = std::min<qsizetype>(text.size(), end + contextLength);
    if (suffixEnd < text.size() && text.at(suffixEnd).isLowSurrogate())
        --suffixEnd;

    TextQuoteSelector quote;
    quote.exact = text.mid(start, end - start);
    quote.prefix = text.mid(prefixStart, start - prefixStart);
    quote.suffix = text.mid(end, std::max<qsizetype>(0, suffixEnd - end));
    return quote;
}

} // namespace Scholia
