#pragma once

#include "annotationlinktype.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace Scholia {

// A directed, typed link between two annotations, in one thread or across threads:
// `from` supports (rebuts, asks about, answers, makes the same point as) `to`. The uuid
// names it in every library, as an annotation's does.
struct AnnotationLink
{
    qint64 id = 0; // 0 until stored
    QUuid uuid;    // null until stored, unless it came from elsewhere
    qint64 from = 0;
    qint64 to = 0;
    AnnotationLinkType type = AnnotationLinkType::Supports;
    QString note;      // plain text as typed
    QDateTime created; // UTC
    QDateTime updated; // UTC; the last change the reader made

    // The end that is not annotationId (from when it is neither).
    qint64 otherEnd(qint64 annotationId) const { return annotationId == from ? to : from; }

    bool operator==(const AnnotationLink &) const = default;
};

} // namespace Scholia
