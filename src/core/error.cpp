#include "error.h"

namespace Scholia {

Error &Error::inFile(const QString &path)
{
    file = path;
    return *this;
}

Error &Error::inFormat(const QString &name)
{
    format = name;
    return *this;
}

Error &Error::atByte(qint64 offset)
{
    byteOffset = offset;
    return *this;
}

Error &Error::at(const QString &documentPath)
{
    location = documentPath;
    return *this;
}

QString Error::toString() const
{
    QString text;
    if (!file.isEmpty())
        text += file + QStringLiteral(": ");
    if (!format.isEmpty())
        text += format + QStringLiteral(": ");
    text += message;
    if (byteOffset >= 0)
        text += QStringLiteral(" (at byte %1)").arg(byteOffset);
    else if (!location.isEmpty())
        text += QStringLiteral(" (at %1)").arg(location);
    return text;
}

} // namespace Scholia
