#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace Scholia {

// The benchmark's results: one row per measure, one column per scenario, each cell the
// samples of every run, printed as "median (min–max)".
class BenchTable
{
public:
    enum class Unit
    {
        Seconds,
        Bytes,
        Count
    };

    explicit BenchTable(const QStringList &columns) : m_columns(columns) {}

    void add(const QString &row, Unit unit, int column, double value);
    // Text shown instead of numbers, e.g. why a cell has none.
    void note(const QString &row, int column, const QString &text);
    QString toText() const;
    // Every sample, for scripts: {"columns": [...], "rows": [{"label", "unit",
    // "samples": [[column 0's], ...], "notes": [...]}]}.
    QByteArray toJson() const;

private:
    struct Row
    {
        QString label;
        Unit unit;
        std::vector<std::vector<double>> samples; // per column
        QStringList notes;                        // per column
    };
    Row &row(const QString &label, Unit unit);
    static QString format(Unit unit, double value);
    QString cell(const Row &row, int column) const;

    QStringList m_columns;
    std::vector<Row> m_rows;
};

} // namespace Scholia
