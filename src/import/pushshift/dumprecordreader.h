#pragma once

#include "core/result.h"
#include "dumprecord.h"
#include "import/jsondocument.h"

#include <QByteArray>

namespace Scholia {

// Reads one dump line (a JSON object) into a DumpRecord, checking the types of the keys a
// thread is built from: a line whose "id" is a number or whose "body" is an object is
// refused with the reason, never half read. Old Pushshift dumps write created_utc as a
// string of digits; that is read as the number it spells.
class DumpRecordReader
{
public:
    // The Error says what is wrong, without file or line (the caller knows them).
    Result<DumpRecord> read(const QByteArray &line);

private:
    JsonDocument m_json;
};

} // namespace Scholia
