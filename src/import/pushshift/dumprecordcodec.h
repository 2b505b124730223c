#pragma once

#include "dumprecord.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Scholia {

// A DumpRecord as bytes for the staging file, and back. The text goes as UTF-8, as the
// dump had it: QDataStream's UTF-16 doubled the temporary file (≈ the size of the dump's
// kept fields, written once and read once) and swapped every character's bytes both ways.
// The bytes are this process's own, but read() still checks every length against what is
// left, so that a damaged temporary file is an error rather than a crash.
class DumpRecordCodec
{
public:
    // Appends the record's bytes to out.
    static void append(const DumpRecord &record, QByteArray &out);
    // The record of exactly these bytes; false when they are not one.
    static bool read(QByteArrayView bytes, DumpRecord &record);
};

} // namespace Scholia
