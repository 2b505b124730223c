#include "utf8repair.h"

#include <QStringDecoder>

#include <simdjson.h>

namespace Scholia {

namespace {

bool decodes(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    [[maybe_unused]] const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

std::optional<qsizetype> Utf8Repair::firstInvalidByte(QByteArrayView bytes)
{
    // Nearly every file is valid: simdjson says so in place (Qt's decoder would build the
    // whole file as UTF-16, twice its size, only to be thrown away). Only a file that is
    // not valid pays for finding where.
    if (simdjson::validate_utf8(bytes.data(), size_t(bytes.size())))
        return std::nullopt;
    QStringDecoder whole(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    [[maybe_unused]] const QString text = whole.decode(bytes);
    if (!whole.hasError())
        return std::nullopt;
    // A stateful decoder keeps an unfinished sequence at the end of a prefix pending
    // instead of failing, so "the prefix has an error" only grows with the prefix: a
    // binary search finds where.
    qsizetype good = 0;
    qsizetype bad = bytes.size();
    while (bad - good > 1) {
        const qsizetype middle = good + (bad - good) / 2;
        if (decodes(bytes.first(middle)))
            good = middle;
        else
            bad = middle;
    }
    // The longest good prefix may end inside the broken sequence: report where it began.
    for (qsizetype back = 1; back <= 3 && good - back >= 0; ++back) {
        const auto byte = quint8(bytes[good - back]);
        if (byte >= 0xC0)
            return good - back;
        if (byte < 0x80)
            break;
    }
    return good;
}

Utf8Repair::Repaired Utf8Repair::repaired(QByteArrayView bytes)
{
    Repaired result;
    const auto first = firstInvalidByte(bytes);
    if (!first) {
        result.bytes = bytes.toByteArray();
        return result;
    }
    result.firstInvalid = *first;
    // Qt's decoder substitutes U+FFFD for each invalid sequence; those already in the
    // file as real characters are not replacements.
    const QString text = QString::fromUtf8(bytes);
    const QByteArrayView literal("\xEF\xBF\xBD");
    result.replacements = int(text.count(QChar::ReplacementCharacter) - QByteArray(bytes.toByteArray()).count(literal));
    result.bytes = text.toUtf8();
    return result;
}

} // namespace Scholia
