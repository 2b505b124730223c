#include "tagname.h"

#include <QStringList>

namespace Scholia {

Result<QString> TagName::normalize(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error::of(tr("a tag needs a name"));
    QStringList segments = name.split(separator);
    for (QString &segment : segments) {
        segment = segment.simplified();
        if (segment.isEmpty())
            return Error::of(
                tr("the tag \"%1\" has an empty part between slashes").arg(name.trimmed()));
    }
    return segments.join(separator);
}

bool TagName::isWithin(const QString &name, const QString &ancestor)
{
    return name == ancestor || (name.size() > ancestor.size() && name.startsWith(ancestor) &&
                                name.at(ancestor.size()) == separator);
}

} // namespace Scholia
