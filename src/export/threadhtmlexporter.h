#pragma once

#include "core/result.h"

#include <QString>

namespace Scholia {

struct ThreadDocument;

// Writes a thread as one self-contained HTML file: the stylesheet inline, no script,
// nothing loaded from anywhere. The file appears whole or not at all.
class ThreadHtmlExporter
{
public:
    static Result<void> write(const ThreadDocument &thread, const QString &path);
};

} // namespace Scholia
