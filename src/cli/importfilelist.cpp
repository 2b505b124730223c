#include "importfilelist.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace Scholia {

ImportFileList::Expansion ImportFileList::expand(const QStringList &paths, bool recursive)
{
    Expansion expansion;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            // A missing file is reported by the import itself, with the file's name.
            expansion.files << path;
            continue;
        }
        QStringList inside;
        QDirIterator it(path, QDir::Files | QDir::Readable,
                        recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
        while (it.hasNext())
            inside << it.next();
        inside.sort();
        if (inside.isEmpty())
            expansion.problems << tr("%1: no files to import in this folder%2")
                                      .arg(path, recursive ? QString() : tr(" (--recursive imports its subfolders)"));
        expansion.files << inside;
    }
    return expansion;
}

} // namespace Scholia
