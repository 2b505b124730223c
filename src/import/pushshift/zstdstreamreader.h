#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

struct ZSTD_DCtx_s;

namespace Scholia {

// Unpacks a zstd file piece by piece with libzstd, never holding more than one piece:
// community dumps are tens of gigabytes unpacked. Pushshift compressed its monthly files
// with a 2 GiB window (zstd --long=31), which a default decoder refuses; this one allows it.
class ZstdStreamReader
{
public:
    static bool isZstd(QByteArrayView bytes);

    ZstdStreamReader();
    ~ZstdStreamReader();
    ZstdStreamReader(const ZstdStreamReader &) = delete;
    ZstdStreamReader &operator=(const ZstdStreamReader &) = delete;

    // Opens the file and checks that it starts as a zstd frame.
    Result<void> open(const QString &path);
    // The next unpacked bytes into `out` (replacing its content); empty at the end of the
    // file. An Error when the data is damaged or the file ends inside a frame.
    Result<void> read(QByteArray &out);

    qint64 compressedSize() const { return m_fileSize; }
    // Compressed bytes consumed so far: what a progress bar can measure against the size.
    qint64 compressedRead() const { return m_consumed; }

private:
    struct Context;

    QFile m_file;
    std::unique_ptr<Context> m_context;
    QByteArray m_input;
    qsizetype m_inputPos = 0;
    qint64 m_fileSize = 0;
    qint64 m_consumed = 0;
    bool m_frameOpen = false; // the last call left a frame unfinished
};

} // namespace Scholia
