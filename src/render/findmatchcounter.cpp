#include "findmatchcounter.h"

namespace Scholia {

QByteArray FindMatchCounter::matchesIn(const QString &records, const QString &needle)
{
    QByteArray lines;
    if (needle.isEmpty())
        return lines;
    qsizetype position = 0;
    qsizetype start = 0;
    while (start < records.size()) {
        qsizetype end = records.indexOf(QChar(0x1e), start);
        if (end < 0)
            end = records.size();
        const qsizetype idEnd = records.indexOf(QChar(0x1f), start);
        const qsizetype textStart = (idEnd >= 0 && idEnd < end) ? idEnd + 1 : end;
        const QString text = QStringView(records).mid(textStart, end - textStart).toString().toLower();
        int count = 0;
        for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.size()))
            ++count;
        if (count > 0)
            lines += QByteArray::number(position) + ' ' + QByteArray::number(count) + '\n';
        ++position;
        start = end + 1;
    }
    return lines;
}

} // namespace Scholia
