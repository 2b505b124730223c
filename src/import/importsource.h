#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Scholia {

// The bytes of one file to import and the name to report it by.
struct ImportSource
{
    QString path; // as the user gave it; used in messages and for detection
    QByteArray data;

    static Result<ImportSource> readFile(const QString &path);
    QString fileName() const;
    // The first bytes, for detection without scanning a large file.
    QByteArrayView head(qsizetype bytes = 4096) const;
};

} // namespace Scholia
