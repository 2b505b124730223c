#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Scholia {

// Finds and replaces bytes that are not UTF-8. Saved pages are sometimes cut in the
// middle of a character or carry a stray Latin-1 byte; the JSON and HTML parsers refuse
// those, so the importer replaces them with U+FFFD and says so, rather than refusing
// the whole file.
class Utf8Repair
{
public:
    // Where the first byte sequence that is not UTF-8 begins, or nothing if all is UTF-8.
    static std::optional<qsizetype> firstInvalidByte(QByteArrayView bytes);

    struct Repaired
    {
        QByteArray bytes;
        qsizetype firstInvalid = -1;
        int replacements = 0; // U+FFFD characters added
    };
    // The bytes with every invalid sequence replaced by U+FFFD.
    static Repaired repaired(QByteArrayView bytes);
};

} // namespace Scholia
