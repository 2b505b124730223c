#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace Scholia {

// Reads memory figures from Linux's /proc: this process's peak RSS and the PSS of it
// and every process it started (QtWebEngineProcess: zygote, renderers, GPU, utility),
// so memory shared between them is counted once.
class MemoryProbe
{
public:
    // VmHWM of this process, in bytes; -1 when /proc cannot say.
    static qint64 peakRss();
    // Starts the high-water mark again from the current RSS (Linux 4.0+).
    static bool resetPeakRss();
    // Summed Pss of this process and all its descendants, in bytes.
    static qint64 pssOfProcessTree();
    // This process's descendants, children before grandchildren.
    static QList<qint64> descendants();

    struct ProcessPss
    {
        qint64 pid = 0;
        QString kind;    // "this", or a QtWebEngineProcess's --type (zygote, gpu-process, …)
        qint64 pss = -1; // bytes
    };
    // The same figure process by process, to see which one holds the memory.
    static QList<ProcessPss> pssByProcess();
};

} // namespace Scholia
