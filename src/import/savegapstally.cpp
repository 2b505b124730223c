#include "savegapstally.h"

#include "core/threaddocument.h"

#include <algorithm>
#include <limits>

namespace Scholia {

namespace {

constexpr qint64 mostInInt = std::numeric_limits<int>::max();

// A file may state absurd counts; the sum saturates instead of overflowing.
int clampedToInt(qint64 value)
{
    return int(std::clamp(value, qint64(0), mostInInt));
}

QString counted(const QString &mark, qint64 count)
{
    const QString plural = count == 1 ? QString() : QStringLiteral("s");
    return QString::number(count) + QLatin1Char(' ') + mark + plural;
}

} // namespace

void SaveGapsTally::add(const QString &mark, qint64 comments)
{
    auto it = std::find_if(m_marks.begin(), m_marks.end(),
                           [&](const Mark &known) { return known.name == mark; });
    if (it == m_marks.end())
        it = m_marks.insert(m_marks.end(), Mark{mark, 0});
    ++it->count;
    if (comments > 0)
        m_missing = std::min(m_missing + std::min(comments, mostInInt), mostInInt);
    else
        ++m_uncounted;
}

void SaveGapsTally::addMissingIds(const QStringList &ids)
{
    m_missingIds << ids;
}

QString SaveGapsTally::detail() const
{
    QStringList parts;
    for (const Mark &mark : m_marks)
        parts << counted(mark.name, mark.count);
    if (parts.size() < 2)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return parts.join(QLatin1String(", ")) + QLatin1String(" and ") + last;
}

void SaveGapsTally::writeInto(ThreadDocument &doc) const
{
    doc.gaps.missingComments = clampedToInt(m_missing);
    doc.gaps.uncountedGaps = clampedToInt(m_uncounted);
    doc.gaps.missingIds = m_missingIds;
    // forgetHeld() subtracts one comment per id it finds held: each id only once.
    doc.gaps.missingIds.removeDuplicates();
    const QString warning = doc.gaps.importWarning(doc.sourceKind, detail());
    if (!warning.isEmpty())
        doc.warnings << warning;
}

} // namespace Scholia
