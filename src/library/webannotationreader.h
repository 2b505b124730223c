#pragma once

#include "core/result.h"
#include "webannotationitem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <vector>

namespace Scholia {

// Reads a W3C Web Annotation file: an AnnotationCollection (its first page's items), an
// AnnotationPage, one Annotation, or a JSON array of them. An item Scholia cannot use
// (no target, a target it cannot name) is still returned, with what could be read, for
// the importer to count as skipped; a file that is no JSON or holds no annotations is an
// Error naming where.
class WebAnnotationReader
{
    Q_DECLARE_TR_FUNCTIONS(WebAnnotationReader)

public:
    static Result<std::vector<WebAnnotationItem>> read(const QByteArray &json,
                                                       const QString &fileName);

private:
    static WebAnnotationItem item(const QJsonObject &object);
    static void readTarget(const QJsonValue &target, WebAnnotationItem &item);
    static void readBodies(const QJsonValue &bodies, WebAnnotationItem &item);
};

} // namespace Scholia
