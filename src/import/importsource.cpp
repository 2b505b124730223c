#include "importsource.h"

#include "gzipreader.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>

namespace Scholia {

namespace {

// Compressed formats people may save a thread in, by their first bytes.
QString unsupportedCompression(QByteArrayView head)
{
    if (head.startsWith("PK\x03\x04"))
        return QStringLiteral("ZIP");
    if (head.startsWith("BZh"))
        return QStringLiteral("bzip2");
    if (head.startsWith(QByteArrayView("\xFD" "7zXZ\x00", 6)))
        return QStringLiteral("xz");
    if (head.startsWith("7z\xBC\xAF\x27\x1C"))
        return QStringLiteral("7-Zip");
    if (head.startsWith("\x28\xB5\x2F\xFD"))
        return QStringLiteral("zstd");
    return {};
}

// The whole file, with paddingBytes of zeros allocated after the end: JSON parsers
// (simdjson) read past the end in blocks and would otherwise copy the whole file once more.
QByteArray readWithPadding(QFile &file)
{
    QByteArray bytes;
    const qint64 expected = file.size();
    if (expected > 0) {
        // Not filled first: the file's bytes overwrite it at once, and zeroing 15 MiB
        // before the read was 0.6 % of a 10 000-comment import, before any comment.
        bytes.resize(expected + ImportSource::paddingBytes);
        const qint64 read = qMax<qint64>(file.read(bytes.data(), expected), 0);
        // Zeros after what was read: the padding, and the rest if the file shrank meanwhile.
        std::memset(bytes.data() + read, 0, size_t(bytes.size() - read));
        bytes.resize(read); // keeps the allocation, and so the padding
    }
    // Files whose size is not known in advance (pipes, /proc), or that grew meanwhile.
    bytes += file.readAll();
    return bytes;
}

} // namespace

qint64 ImportSource::maxBytes()
{
    bool ok = false;
    const qint64 megabytes = qEnvironmentVariable("SCHOLIA_MAX_IMPORT_MB").toLongLong(&ok);
    // A huge value means "no practical limit"; capped so that the shift cannot overflow
    // into a negative limit that would refuse every file.
    constexpr qint64 largestMegabytes = qint64(1) << 40;
    return ok && megabytes > 0 ? std::min(megabytes, largestMegabytes) << 20 : defaultMaxBytes;
}

Result<ImportSource> ImportSource::readFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(QStringLiteral("cannot read the file: %1").arg(file.errorString())).inFile(path);
    if (file.size() > maxBytes)
        return Error::of(QStringLiteral("the file is %1 MB, larger than the import limit of %2 MB "
                                        "(set SCHOLIA_MAX_IMPORT_MB to change it)")
                             .arg((file.size() + (1 << 20) - 1) >> 20)
                             .arg(maxBytes >> 20))
            .inFile(path);
    ImportSource source{path, readWithPadding(file), {}};
    source.canReadAgain = !file.isSequential();
    if (file.error() != QFileDevice::NoError)
        return Error::of(QStringLiteral("cannot read the file: %1").arg(file.errorString())).inFile(path);
    if (GzipReader::isGzip(source.data)) {
        auto unpacked = GzipReader::inflate(source.data, maxBytes);
        if (!unpacked)
            return unpacked.error().inFile(path);
        source.data = std::move(unpacked.value());
    } else if (const QString kind = unsupportedCompression(source.head(8)); !kind.isEmpty()) {
        return Error::of(QStringLiteral("a %1 file: unsupported compressed file (unpack it and import what it "
                                        "holds; gzip is read directly)")
                             .arg(kind))
            .inFile(path);
    }
    return source;
}

Result<QByteArray> ImportSource::wholeBytes() const
{
    if (!data.isNull() || !canReadAgain)
        return data;
    auto again = readFile(path);
    if (!again)
        return again.error();
    return std::move(again->data);
}

QString ImportSource::fileName() const { return QFileInfo(path).fileName(); }

QByteArrayView ImportSource::head(qsizetype bytes) const
{
    return QByteArrayView(data).first(qMin(bytes, data.size()));
}

bool ImportSource::hasExtension(QLatin1StringView extension) const
{
    QStringView name = path;
    if (name.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive))
        name.chop(3);
    return name.endsWith(extension, Qt::CaseInsensitive);
}

} // namespace Scholia
