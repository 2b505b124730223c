#include "benchtable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Scholia {

BenchTable::Row &BenchTable::row(const QString &label, Unit unit)
{
    for (Row &existing : m_rows) {
        if (existing.label == label)
            return existing;
    }
    m_rows.push_back({label, unit, std::vector<std::vector<double>>(size_t(m_columns.size())),
                      QStringList(m_columns.size(), QString())});
    return m_rows.back();
}

void BenchTable::add(const QString &label, Unit unit, int column, double value)
{
    Row &target = row(label, unit);
    target.unit = unit; // a note may have made the row before any number came
    target.samples[size_t(column)].push_back(value);
}

void BenchTable::note(const QString &label, int column, const QString &text)
{
    row(label, Unit::Count).notes[column] = text;
}

QString BenchTable::format(Unit unit, double value)
{
    switch (unit) {
    case Unit::Seconds:
        return value < 1 ? QStringLiteral("%1 ms").arg(value * 1000, 0, 'f', value < 0.01 ? 1 : 0)
                         : QStringLiteral("%1 s").arg(value, 0, 'f', 2);
    case Unit::Bytes:
        return QStringLiteral("%1 MiB").arg(value / (1024 * 1024), 0, 'f', 1);
    case Unit::Count:
        break;
    }
    return QString::number(qint64(value));
}

QString BenchTable::cell(const Row &row, int column) const
{
    if (!row.notes.at(column).isEmpty())
        return row.notes.at(column);
    std::vector<double> values = row.samples[size_t(column)];
    if (values.empty())
        return QStringLiteral("-");
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    if (n == 1 || values.front() == values.back())
        return format(row.unit, median);
    return QStringLiteral("%1 (%2 – %3)")
        .arg(format(row.unit, median), format(row.unit, values.front()),
             format(row.unit, values.back()));
}

QByteArray BenchTable::toJson() const
{
    static const char *const unitNames[] = {"seconds", "bytes", "count"};
    QJsonArray rows;
    for (const Row &row : m_rows) {
        QJsonArray samples;
        for (const std::vector<double> &column : row.samples) {
            QJsonArray values;
            for (const double value : column)
                values.append(value);
            samples.append(values);
        }
        rows.append(
            QJsonObject{{QStringLiteral("label"), row.label},
                        {QStringLiteral("unit"), QString::fromLatin1(unitNames[int(row.unit)])},
                        {QStringLiteral("samples"), samples},
                        {QStringLiteral("notes"), QJsonArray::fromStringList(row.notes)}});
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("columns"), QJsonArray::fromStringList(m_columns)},
                           {QStringLiteral("rows"), rows}})
        .toJson();
}

QString BenchTable::toText() const
{
    std::vector<QStringList> lines{QStringList{QString()} + m_columns};
    for (const Row &row : m_rows) {
        QStringList line{row.label};
        for (int column = 0; column < m_columns.size(); ++column)
            line << cell(row, column);
        lines.push_back(line);
    }
    std::vector<qsizetype> widths(size_t(m_columns.size() + 1), 0);
    for (const QStringList &line : lines) {
        for (int i = 0; i < line.size(); ++i)
            widths[size_t(i)] = qMax(widths[size_t(i)], line.at(i).size());
    }
    QString out;
    for (size_t l = 0; l < lines.size(); ++l) {
        QString text;
        for (int i = 0; i < lines[l].size(); ++i)
            text += (i ? QStringLiteral("  ") : QString()) +
                    lines[l].at(i).leftJustified(widths[size_t(i)]);
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out += text + QLatin1Char('\n');
        if (l == 0)
            out += QString(text.size(), QLatin1Char('-')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace Scholia
