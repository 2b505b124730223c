#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Scholia {

// An export's output file, written whole or not at all: QSaveFile writes a temporary file
// beside the target and renames it on commit, so an interrupted export never leaves a
// broken file where the reader expects a whole one (nor destroys the previous one).
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    static Result<void> write(const QString &path, const QByteArray &contents);
};

} // namespace Scholia
