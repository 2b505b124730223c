#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace Scholia {

// The rules for a tag's name: segments separated by '/', each trimmed, with runs of
// white space made one space, none empty.
class TagName
{
    Q_DECLARE_TR_FUNCTIONS(TagName)

public:
    static constexpr QChar separator = QLatin1Char('/');

    // " Compute / export  controls " → "Compute/export controls"; an Error for a name
    // that is empty or has an empty segment ("a//b", "/a").
    static Result<QString> normalize(const QString &name);

    // True when name is ancestor itself or lies below it ("a/b" is within "a", "ab" is not).
    static bool isWithin(const QString &name, const QString &ancestor);
};

} // namespace Scholia
