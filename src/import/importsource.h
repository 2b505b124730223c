#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Scholia {

// The bytes of one file to import and the name to report it by.
struct ImportSource
{
    // Larger files are refused with a message rather than read whole into memory;
    // $SCHOLIA_MAX_IMPORT_MB changes it.
    static constexpr qint64 defaultMaxBytes = qint64(512) << 20;
    static qint64 maxBytes();
    // Allocated after the bytes readFile() returns, so that a JSON parser can read them
    // in place (simdjson's SIMDJSON_PADDING; checked in jsondocument.cpp).
    static constexpr qsizetype paddingBytes = 64;

    ImportSource() = default;
    ImportSource(QString filePath, QByteArray bytes, QStringList readingWarnings = {})
        : path(std::move(filePath)), data(std::move(bytes)), warnings(std::move(readingWarnings))
    {
    }

    QString path; // as the user gave it; used in messages and for detection
    QByteArray data;
    // What reading changed that the user should know (e.g. bytes that were not UTF-8).
    QStringList warnings;
    // readFile() read it from a file it can read again (not a pipe): an import may then
    // drop data as it goes and wholeBytes() read it again when it needs it.
    bool canReadAgain = false;

    // Reads the file, unpacking gzip transparently; other compressed files are refused.
    static Result<ImportSource> readFile(const QString &path, qint64 maxBytes = ImportSource::maxBytes());
    // data, or when an import dropped it (canReadAgain), the file read again.
    Result<QByteArray> wholeBytes() const;
    QString fileName() const;
    // The first bytes, for detection without scanning a large file.
    QByteArrayView head(qsizetype bytes = 4096) const;
    // Whether the file's name ends so, ignoring a ".gz" that reading unpacked.
    bool hasExtension(QLatin1StringView extension) const;
};

} // namespace Scholia
