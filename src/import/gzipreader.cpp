#include "gzipreader.h"

#include <zlib.h>

#include <algorithm>

namespace Scholia {

namespace {
constexpr int gzipWindowBits = 16 + MAX_WBITS; // 16: expect a gzip header, not zlib's
constexpr qsizetype chunk = 1 << 20;
} // namespace

bool GzipReader::isGzip(QByteArrayView bytes)
{
    return bytes.size() >= 2 && quint8(bytes[0]) == 0x1f && quint8(bytes[1]) == 0x8b;
}

Result<QByteArray> GzipReader::inflate(QByteArrayView gzip, qint64 maxBytes)
{
    z_stream stream{};
    if (inflateInit2(&stream, gzipWindowBits) != Z_OK)
        return Error::of(QStringLiteral("cannot start unpacking the gzip file"));
    QByteArray out;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gzip.data()));
    stream.avail_in = uInt(gzip.size());
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        const qsizetype written = out.size();
        if (written >= maxBytes) {
            inflateEnd(&stream);
            return Error::of(QStringLiteral("the gzip file unpacks to more than %1 MB, the import limit")
                                 .arg(maxBytes >> 20));
        }
        out.resize(written + std::min<qsizetype>(chunk, maxBytes - written + 1));
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + written);
        stream.avail_out = uInt(out.size() - written);
        status = ::inflate(&stream, Z_NO_FLUSH);
        out.resize(out.size() - qsizetype(stream.avail_out));
        if (status == Z_STREAM_END)
            break;
        if (status != Z_OK || (stream.avail_in == 0 && stream.avail_out != 0)) {
            const qint64 at = qint64(stream.total_in);
            inflateEnd(&stream);
            return Error::of(QStringLiteral("the gzip file is damaged or cut short")).atByte(at);
        }
    }
    inflateEnd(&stream);
    if (out.size() > maxBytes)
        return Error::of(QStringLiteral("the gzip file unpacks to more than %1 MB, the import limit").arg(maxBytes >> 20));
    return out;
}

} // namespace Scholia
