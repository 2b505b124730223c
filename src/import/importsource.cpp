#include "importsource.h"

#include "gzipreader.h"

#include <QFile>
#include <QFileInfo>

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

} // namespace

qint64 ImportSource::maxBytes()
{
    bool ok = false;
    const qint64 megabytes = qEnvironmentVariable("SCHOLIA_MAX_IMPORT_MB").toLongLong(&ok);
    return ok && megabytes > 0 ? megabytes << 20 : defaultMaxBytes;
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
    ImportSource source{path, file.readAll(), {}};
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
