#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Scholia {

// Unpacks a gzip file (a saved thread compressed to save space) with zlib, refusing to
// produce more than a limit: a small file must not unpack into all of memory.
class GzipReader
{
public:
    static bool isGzip(QByteArrayView bytes);
    // The unpacked bytes; an Error when the data is damaged or unpacks beyond maxBytes.
    static Result<QByteArray> inflate(QByteArrayView gzip, qint64 maxBytes);
};

} // namespace Scholia
