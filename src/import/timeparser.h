#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Scholia {

// The time formats saved threads use, read into UTC. One place for every importer.
class TimeParser
{
public:
    // Seconds since the epoch (integer or fractional), as Reddit and HN write them.
    static QDateTime fromUnixSeconds(std::optional<double> seconds);
    // ISO 8601 / RFC 3339: "2020-02-03T14:05:06.123Z", "2020-02-03 14:05:06+01:00".
    // Without an offset the time is taken as UTC. Invalid when it cannot be read.
    static QDateTime fromIso8601(const QString &text);
    // RFC 2822 (mail Date headers): "Tue, 7 Jul 2020 10:11:12 +0200".
    static QDateTime fromRfc2822(const QString &text);
};

} // namespace Scholia
