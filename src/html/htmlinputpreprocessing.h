#pragma once

namespace Scholia {

// What the HTML parser's input preprocessing changes before any tokenizing: CR (→ LF),
// NUL and the code points it replaces with U+FFFD (controls, noncharacters). The fast
// paths that skip the parser hand text holding one of these to it instead.
class HtmlInputPreprocessing
{
public:
    static constexpr bool rewrites(char32_t c)
    {
        return c == U'\r' || c == 0 || (c >= 0x1 && c <= 0x8) || c == 0xB ||
               (c >= 0xE && c <= 0x1F) || (c >= 0x7F && c <= 0x9F) ||
               (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }
};

} // namespace Scholia
