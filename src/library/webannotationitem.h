#pragma once

#include "core/textpositionselector.h"
#include "core/textquoteselector.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Scholia {

// One annotation of a W3C Web Annotation file, as WebAnnotationReader read it: only
// what Scholia can keep of it.
struct WebAnnotationItem
{
    QUuid uuid;
    QString motivation;
    QDateTime created; // invalid when the file does not say
    QDateTime modified;
    // The target: the resource annotated, the thread it is in, and where in its text.
    QString source;
    QString scope;
    QString styleClass;
    std::optional<TextPositionSelector> position;
    std::optional<TextQuoteSelector> quote;
    // The bodies.
    QString note;
    QString noteFormat; // text/plain, text/markdown, …
    QStringList tags;
    // A link (motivation "linking"): the target annotation links to linkTo as linkType.
    QUuid linkFrom;
    QUuid linkTo;
    QString linkType;

    bool isLink() const { return motivation == QLatin1String("linking"); }
};

} // namespace Scholia
