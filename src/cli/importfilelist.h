#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Scholia {

// The files a `scholia import` command line names: files as given, folders expanded
// to the files inside them (and below them with recursive), sorted, hidden ones skipped.
class ImportFileList
{
    Q_DECLARE_TR_FUNCTIONS(ImportFileList)

public:
    struct Expansion
    {
        QStringList files;
        QStringList problems; // "DIR: no files to import", "PATH: no such file or folder"
    };
    static Expansion expand(const QStringList &paths, bool recursive);
};

} // namespace Scholia
