#include "exportfile.h"

#include <QSaveFile>

namespace Scholia {

Result<void> ExportFile::write(const QString &path, const QByteArray &contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::of(tr("cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(contents) != contents.size() || !file.commit())
        return Error::of(tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace Scholia
