#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Scholia {

// "3 hours ago", "2 years ago": a time the way forum sites show it.
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    static QString describe(const QDateTime &then, const QDateTime &now);
};

} // namespace Scholia
