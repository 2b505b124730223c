#include "webannotationnames.h"

#include <QStringList>
#include <QUrl>

namespace Scholia {

namespace {

const QString urnPrefix = QStringLiteral("urn:scholia:");
const QString uuidPrefix = QStringLiteral("urn:uuid:");
const QString classPrefix = QStringLiteral("scholia-");

QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

} // namespace

QString WebAnnotationNames::uuidUrn(const QUuid &uuid)
{
    return uuidPrefix + uuid.toString(QUuid::WithoutBraces);
}

QUuid WebAnnotationNames::uuidOf(const QString &id)
{
    if (id.startsWith(uuidPrefix, Qt::CaseInsensitive)) {
        const QUuid uuid = QUuid::fromString(QStringView(id).mid(uuidPrefix.size()));
        if (!uuid.isNull())
            return uuid;
    }
    // RFC 4122's URL namespace: the id names the annotation wherever it came from.
    static const QUuid urlNamespace = QUuid::fromString(u"6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    return id.isEmpty() ? QUuid() : QUuid::createUuidV5(urlNamespace, id);
}

QString WebAnnotationNames::threadUrn(const QString &sourceKind, const QString &threadSourceId)
{
    return urnPrefix + encoded(sourceKind) + QLatin1Char(':') + encoded(threadSourceId);
}

QString WebAnnotationNames::commentUrn(const QString &sourceKind, const QString &threadSourceId,
                                       const QString &commentSourceId)
{
    return threadUrn(sourceKind, threadSourceId) + QLatin1Char(':') + encoded(commentSourceId);
}

std::optional<WebAnnotationNames::Place> WebAnnotationNames::placeOf(const QString &urn)
{
    if (!urn.startsWith(urnPrefix))
        return std::nullopt;
    const QStringList parts = urn.mid(urnPrefix.size()).split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    Place place;
    place.sourceKind = QUrl::fromPercentEncoding(parts.at(0).toUtf8());
    place.threadSourceId = QUrl::fromPercentEncoding(parts.at(1).toUtf8());
    if (parts.size() == 3)
        place.commentSourceId = QUrl::fromPercentEncoding(parts.at(2).toUtf8());
    if (place.sourceKind.isEmpty() || place.threadSourceId.isEmpty() ||
        (parts.size() == 3 && place.commentSourceId.isEmpty()))
        return std::nullopt;
    return place;
}

QString WebAnnotationNames::colorClass(const QString &color)
{
    return classPrefix + color;
}

QString WebAnnotationNames::colorOfClass(const QString &styleClass)
{
    return styleClass.startsWith(classPrefix) ? styleClass.mid(classPrefix.size()) : QString();
}

} // namespace Scholia
