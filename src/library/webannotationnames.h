#pragma once

#include <QString>
#include <QUuid>

#include <optional>

namespace Scholia {

// The names a W3C Web Annotation file of Scholia's uses, made and read in one place:
// annotations and links as "urn:uuid:…", a saved thread as
// "urn:scholia:KIND:THREAD" and a comment as "urn:scholia:KIND:THREAD:COMMENT" (each part
// percent-encoded, so a ':' in a site's id stays inside its part), and a highlight colour
// as the CSS class "scholia-NAME" of the annotation's stylesheet.
class WebAnnotationNames
{
public:
    struct Place
    {
        QString sourceKind;
        QString threadSourceId;
        QString commentSourceId; // empty when the name is a thread's
    };

    static QString uuidUrn(const QUuid &uuid);
    // The uuid of "urn:uuid:…"; any other id (a file from another tool) gets a uuid made
    // from the id itself (version 5), so that importing it twice finds it again.
    static QUuid uuidOf(const QString &id);

    static QString threadUrn(const QString &sourceKind, const QString &threadSourceId);
    static QString commentUrn(const QString &sourceKind, const QString &threadSourceId,
                              const QString &commentSourceId);
    static std::optional<Place> placeOf(const QString &urn);

    static QString colorClass(const QString &color);
    // The palette name in "scholia-NAME"; empty for anything else.
    static QString colorOfClass(const QString &styleClass);
};

} // namespace Scholia
