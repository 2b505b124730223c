#include "relativetime.h"

namespace Scholia {

QString RelativeTime::describe(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < 0)
        return tr("in the future");
    if (seconds < 60)
        return tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%n hour(s) ago", nullptr, int(hours));
    const qint64 days = hours / 24;
    if (days < 31)
        return tr("%n day(s) ago", nullptr, int(days));
    const int months = int(days / 30.4375);
    if (months < 12)
        return tr("%n month(s) ago", nullptr, months);
    return tr("%n year(s) ago", nullptr, int(days / 365.25));
}

} // namespace Scholia
