#include "timeparser.h"

#include <QTimeZone>

namespace Scholia {

QDateTime TimeParser::fromUnixSeconds(std::optional<double> seconds)
{
    // Beyond ±10 000 years a value is noise, not a time.
    if (!seconds || !(*seconds > -3.2e11 && *seconds < 2.5e11))
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(*seconds), QTimeZone::utc());
}

QDateTime TimeParser::fromIso8601(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!time.isValid())
        return {};
    if (time.timeSpec() == Qt::LocalTime) // no offset written: sites mean UTC
        time.setTimeZone(QTimeZone::utc());
    return time.toUTC();
}

QDateTime TimeParser::fromRfc2822(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text.trimmed(), Qt::RFC2822Date);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace Scholia
