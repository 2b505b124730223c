#include "memoryprobe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMultiHash>

namespace Scholia {

namespace {

// A "Name:   1234 kB" line of a /proc status-like file, in bytes.
qint64 kilobyteField(const QString &path, const QByteArray &name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report size 0, so atEnd() is true at once: read them whole.
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(name)) {
            const QList<QByteArray> parts = line.mid(name.size()).simplified().split(' ');
            bool ok = false;
            const qint64 kb = parts.value(0).toLongLong(&ok);
            return ok ? kb * 1024 : -1;
        }
    }
    return -1;
}

// The parent pid in /proc/<pid>/stat: the field after the ")" that ends the name.
qint64 parentOf(const QString &pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}

// A Chromium child's --type=… argument, or its program name when it has none.
QString kindOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QList<QByteArray> arguments = file.readAll().split('\0');
    for (const QByteArray &argument : arguments) {
        if (argument.startsWith("--type="))
            return QString::fromLatin1(argument.mid(7));
    }
    return QString::fromLocal8Bit(arguments.value(0).split('/').last());
}

} // namespace

qint64 MemoryProbe::peakRss()
{
    return kilobyteField(QStringLiteral("/proc/self/status"), QByteArrayLiteral("VmHWM:"));
}

bool MemoryProbe::resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

QList<qint64> MemoryProbe::descendants()
{
    QMultiHash<qint64, qint64> children;
    const QStringList pids =
        QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool isNumber = false;
        const qint64 id = pid.toLongLong(&isNumber);
        if (isNumber)
            children.insert(parentOf(pid), id);
    }
    QList<qint64> found;
    QList<qint64> pending{QCoreApplication::applicationPid()};
    while (!pending.isEmpty()) {
        const qint64 parent = pending.takeFirst();
        const QList<qint64> direct = children.values(parent);
        found += direct;
        pending += direct;
    }
    return found;
}

qint64 MemoryProbe::pssOfProcessTree()
{
    qint64 total =
        kilobyteField(QStringLiteral("/proc/self/smaps_rollup"), QByteArrayLiteral("Pss:"));
    if (total < 0)
        return -1;
    for (const qint64 pid : descendants()) {
        // A process that ended between the scan and the read no longer counts.
        const qint64 pss = kilobyteField(QStringLiteral("/proc/%1/smaps_rollup").arg(pid),
                                         QByteArrayLiteral("Pss:"));
        if (pss > 0)
            total += pss;
    }
    return total;
}

QList<MemoryProbe::ProcessPss> MemoryProbe::pssByProcess()
{
    QList<ProcessPss> found{
        {QCoreApplication::applicationPid(), QStringLiteral("this"),
         kilobyteField(QStringLiteral("/proc/self/smaps_rollup"), QByteArrayLiteral("Pss:"))}};
    for (const qint64 pid : descendants()) {
        const qint64 pss = kilobyteField(QStringLiteral("/proc/%1/smaps_rollup").arg(pid),
                                         QByteArrayLiteral("Pss:"));
        if (pss <= 0)
            continue;
        // Renderers are forked from a zygote and keep its command line.
        QString kind = kindOf(pid);
        if (kind == QLatin1String("zygote") &&
            parentOf(QString::number(pid)) != QCoreApplication::applicationPid())
            kind = QStringLiteral("zygote child (renderer)");
        found.append({pid, kind, pss});
    }
    return found;
}

} // namespace Scholia
