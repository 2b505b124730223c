#include "importsource.h"

#include <QFile>
#include <QFileInfo>

namespace Scholia {

Result<ImportSource> ImportSource::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(QStringLiteral("cannot read the file: %1").arg(file.errorString())).inFile(path);
    ImportSource source{path, file.readAll()};
    if (file.error() != QFileDevice::NoError)
        return Error::of(QStringLiteral("cannot read the file: %1").arg(file.errorString())).inFile(path);
    return source;
}

QString ImportSource::fileName() const { return QFileInfo(path).fileName(); }

QByteArrayView ImportSource::head(qsizetype bytes) const
{
    return QByteArrayView(data).first(qMin(bytes, data.size()));
}

} // namespace Scholia
