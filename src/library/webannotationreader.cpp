#include "webannotationreader.h"

#include "webannotationnames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Scholia {

namespace {

// JSON-LD lets most values be one thing or an array of them.
QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

bool hasType(const QJsonObject &object, const QString &type)
{
    for (const QJsonValue &value : asArray(object.value(QStringLiteral("type")))) {
        if (value.toString() == type)
            return true;
    }
    return false;
}

QString idOf(const QJsonValue &value)
{
    return value.isObject() ? value.toObject().value(QStringLiteral("id")).toString()
                            : value.toString();
}

QDateTime timeOf(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

void WebAnnotationReader::readTarget(const QJsonValue &value, WebAnnotationItem &item)
{
    const QJsonValue target = asArray(value).first();
    if (!target.isObject()) {
        item.source = target.toString();
        return;
    }
    const QJsonObject object = target.toObject();
    item.source = idOf(object.value(QStringLiteral("source")));
    item.scope = idOf(asArray(object.value(QStringLiteral("scope"))).first());
    item.styleClass = asArray(object.value(QStringLiteral("styleClass"))).first().toString();
    for (const QJsonValue &selectorValue : asArray(object.value(QStringLiteral("selector")))) {
        const QJsonObject selector = selectorValue.toObject();
        if (hasType(selector, QStringLiteral("TextQuoteSelector"))) {
            item.quote = TextQuoteSelector{selector.value(QStringLiteral("exact")).toString(),
                                           selector.value(QStringLiteral("prefix")).toString(),
                                           selector.value(QStringLiteral("suffix")).toString()};
        } else if (hasType(selector, QStringLiteral("TextPositionSelector"))) {
            const qint64 start = selector.value(QStringLiteral("start")).toInteger(-1);
            const qint64 end = selector.value(QStringLiteral("end")).toInteger(-1);
            if (start >= 0 && end >= start)
                item.position = TextPositionSelector{start, end};
        }
    }
}

void WebAnnotationReader::readBodies(const QJsonValue &bodies, WebAnnotationItem &item)
{
    for (const QJsonValue &bodyValue : asArray(bodies)) {
        const QJsonObject body = bodyValue.toObject();
        const QString purpose = body.value(QStringLiteral("purpose")).toString();
        const QString value = body.value(QStringLiteral("value")).toString();
        if (hasType(body, QStringLiteral("SpecificResource")) ||
            body.contains(QStringLiteral("source"))) {
            item.linkTo = WebAnnotationNames::uuidOf(idOf(body.value(QStringLiteral("source"))));
        } else if (purpose == QLatin1String("tagging")) {
            if (!value.trimmed().isEmpty())
                item.tags << value;
        } else if (purpose == QLatin1String("classifying")) {
            item.linkType = value;
        } else if (!value.isEmpty()) { // commenting, or no purpose: the note
            item.note = item.note.isEmpty() ? value : item.note + QStringLiteral("\n\n") + value;
            item.noteFormat = body.value(QStringLiteral("format")).toString();
        }
    }
}

WebAnnotationItem WebAnnotationReader::item(const QJsonObject &object)
{
    WebAnnotationItem item;
    item.uuid = WebAnnotationNames::uuidOf(object.value(QStringLiteral("id")).toString());
    // Several motivations: the one Scholia acts on decides.
    for (const QJsonValue &motivation : asArray(object.value(QStringLiteral("motivation")))) {
        if (item.motivation.isEmpty() || motivation.toString() == QLatin1String("linking"))
            item.motivation = motivation.toString();
    }
    item.created = timeOf(object.value(QStringLiteral("created")));
    item.modified = timeOf(object.value(QStringLiteral("modified")));
    if (!item.modified.isValid())
        item.modified = item.created;
    readTarget(object.value(QStringLiteral("target")), item);
    readBodies(object.value(QStringLiteral("body")), item);
    if (item.isLink())
        item.linkFrom = WebAnnotationNames::uuidOf(item.source);
    return item;
}

Result<std::vector<WebAnnotationItem>> WebAnnotationReader::read(const QByteArray &json,
                                                                 const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        Error error = Error::of(tr("not JSON: %1").arg(parseError.errorString()));
        error.inFile(fileName)
            .inFormat(QStringLiteral("W3C Web Annotation"))
            .atByte(parseError.offset);
        return error;
    }
    QJsonArray items;
    if (document.isArray()) {
        items = document.array();
    } else {
        const QJsonObject root = document.object();
        if (hasType(root, QStringLiteral("AnnotationCollection")))
            items = root.value(QStringLiteral("first"))
                        .toObject()
                        .value(QStringLiteral("items"))
                        .toArray();
        else if (hasType(root, QStringLiteral("AnnotationPage")))
            items = root.value(QStringLiteral("items")).toArray();
        else if (hasType(root, QStringLiteral("Annotation")))
            items = QJsonArray{root};
    }
    std::vector<WebAnnotationItem> read;
    for (const QJsonValue &value : items) {
        if (value.isObject() && hasType(value.toObject(), QStringLiteral("Annotation")))
            read.push_back(item(value.toObject()));
    }
    if (read.empty()) {
        Error error =
            Error::of(tr("no W3C Web Annotations found (expected an AnnotationCollection, "
                         "an AnnotationPage or Annotations)"));
        error.inFile(fileName).inFormat(QStringLiteral("W3C Web Annotation"));
        return error;
    }
    return read;
}

} // namespace Scholia
