#include "zstdstreamreader.h"

#include <zstd.h>

namespace Scholia {

namespace {

// Pushshift's monthly files need a window of 2^31 bytes (zstd --long=31).
constexpr int maxWindowLog = 31;
constexpr unsigned char zstdMagic[] = {0x28, 0xB5, 0x2F, 0xFD};

} // namespace

struct ZstdStreamReader::Context
{
    ZSTD_DCtx *stream = ZSTD_createDCtx();
    ~Context() { ZSTD_freeDCtx(stream); }
};

bool ZstdStreamReader::isZstd(QByteArrayView bytes)
{
    return bytes.size() >= 4 && bytes.first(4) == QByteArrayView(zstdMagic, 4);
}

ZstdStreamReader::ZstdStreamReader() : m_context(std::make_unique<Context>()) {}
ZstdStreamReader::~ZstdStreamReader() = default;

Result<void> ZstdStreamReader::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Error::of(QStringLiteral("cannot read the file: %1").arg(m_file.errorString()));
    m_fileSize = m_file.size();
    if (m_fileSize == 0)
        return Error::of(QStringLiteral("the file is empty"));
    if (!isZstd(m_file.peek(4)))
        return Error::of(QStringLiteral("not a zstd-compressed file (it does not start with zstd's "
                                        "magic number)"))
            .atByte(0);
    if (!m_context->stream)
        return Error::of(QStringLiteral("zstd could not make a decoder (out of memory?)"));
    ZSTD_DCtx_setParameter(m_context->stream, ZSTD_d_windowLogMax, maxWindowLog);
    return {};
}

Result<void> ZstdStreamReader::read(QByteArray &out)
{
    out.resize(qsizetype(ZSTD_DStreamOutSize()) * 4);
    ZSTD_outBuffer output{out.data(), size_t(out.size()), 0};
    while (output.pos == 0) {
        if (m_inputPos == m_input.size()) {
            m_input = m_file.read(qint64(ZSTD_DStreamInSize()) * 4);
            m_inputPos = 0;
            if (m_input.isEmpty()) {
                out.clear();
                if (m_file.error() != QFileDevice::NoError)
                    return Error::of(QStringLiteral("cannot read the file: %1").arg(m_file.errorString()))
                        .atByte(m_consumed);
                if (m_frameOpen)
                    return Error::of(QStringLiteral("the file ends inside a zstd frame: it is "
                                                    "truncated"))
                        .atByte(m_consumed);
                return {};
            }
        }
        ZSTD_inBuffer input{m_input.constData() + m_inputPos, size_t(m_input.size() - m_inputPos), 0};
        const size_t status = ZSTD_decompressStream(m_context->stream, &output, &input);
        m_inputPos += qsizetype(input.pos);
        m_consumed += qint64(input.pos);
        if (ZSTD_isError(status)) {
            out.clear();
            return Error::of(QStringLiteral("damaged zstd data: %1")
                                 .arg(QString::fromUtf8(ZSTD_getErrorName(status))))
                .atByte(m_consumed);
        }
        // 0: a frame ended here; anything else: the frame goes on (or its output is full).
        m_frameOpen = status != 0;
    }
    out.resize(qsizetype(output.pos));
    return {};
}

} // namespace Scholia
