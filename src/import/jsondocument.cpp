#include "jsondocument.h"

#include "importsource.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Scholia {

namespace {

Error unexpectedRoot(const QString &expected, const QString &found)
{
    return Error::of(QStringLiteral("expected %1, found %2").arg(expected, found))
        .at(QStringLiteral("top level"));
}

} // namespace

JsonDocument::JsonDocument() : m_parser(std::make_unique<simdjson::dom::parser>()) {}
JsonDocument::~JsonDocument() = default;

Result<JsonDocument::Element> JsonDocument::parse(const QByteArray &json)
{
    static_assert(ImportSource::paddingBytes >= simdjson::SIMDJSON_PADDING);
    Element root;
    // Bytes read by ImportSource have the padding simdjson needs: parsed in place, not
    // copied (the copy is as large as the file). data_ptr() has no const overload; it
    // only reads here.
    const bool padded = const_cast<QByteArray &>(json).data_ptr().freeSpaceAtEnd() >=
                        qsizetype(simdjson::SIMDJSON_PADDING);
    const auto error = m_parser->parse(json.constData(), size_t(json.size()), !padded).get(root);
    if (!error)
        return root;

    Error failure = Error::of(QString::fromUtf8(simdjson::error_message(error)));
    if (error == simdjson::DEPTH_ERROR) {
        failure.message = QStringLiteral("the JSON nests deeper than %1 levels")
                              .arg(m_parser->max_depth());
        return failure;
    }
    if (error == simdjson::EMPTY) {
        failure.message = QStringLiteral("the file is empty");
        return failure;
    }
    // simdjson does not say where; Qt's slower parser does. Only paid on failure.
    QJsonParseError qtError;
    QJsonDocument::fromJson(json, &qtError);
    if (qtError.error != QJsonParseError::NoError) {
        failure.message = QStringLiteral("not valid JSON: %1").arg(qtError.errorString());
        failure.byteOffset = qtError.offset;
    } else {
        failure.message = QStringLiteral("not valid JSON: %1").arg(failure.message);
    }
    return failure;
}

Result<JsonDocument::Element> JsonDocument::parseObject(const QByteArray &json,
                                                        const QString &expected)
{
    auto root = parse(json);
    if (root && !isObject(*root))
        return unexpectedRoot(expected, typeName(*root));
    return root;
}

Result<JsonDocument::Element> JsonDocument::parseArray(const QByteArray &json,
                                                       const QString &expected, size_t minimumSize)
{
    auto root = parse(json);
    if (!root)
        return root;
    simdjson::dom::array array;
    if (root->get_array().get(array))
        return unexpectedRoot(expected, typeName(*root));
    if (array.size() < minimumSize)
        return unexpectedRoot(expected, QStringLiteral("an array of %1").arg(array.size()));
    return root;
}

bool JsonDocument::isNumber(Element e)
{
    using T = simdjson::dom::element_type;
    const T t = e.type();
    return t == T::INT64 || t == T::UINT64 || t == T::DOUBLE;
}

std::optional<JsonDocument::Element> JsonDocument::member(Element e, std::string_view key)
{
    simdjson::dom::object object;
    if (e.get_object().get(object))
        return std::nullopt;
    Element value;
    if (object.at_key(key).get(value))
        return std::nullopt;
    return value;
}

std::optional<JsonDocument::Element> JsonDocument::memberPath(Element e,
                                                             std::initializer_list<std::string_view> keys)
{
    std::optional<Element> current = e;
    for (std::string_view key : keys) {
        current = member(*current, key);
        if (!current)
            return std::nullopt;
    }
    return current;
}

QString JsonDocument::string(Element e, std::string_view key)
{
    const auto value = member(e, key);
    std::string_view text;
    if (!value || value->get_string().get(text))
        return {};
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::optional<double> JsonDocument::number(Element e, std::string_view key)
{
    const auto value = member(e, key);
    double result = 0;
    if (!value || !isNumber(*value) || value->get_double().get(result))
        return std::nullopt;
    return result;
}

std::optional<qint64> JsonDocument::integer(Element e, std::string_view key)
{
    const auto value = number(e, key);
    // Converting a double outside qint64's range is undefined behaviour, not a clamp.
    if (!value || !(*value >= -0x1p63 && *value < 0x1p63))
        return std::nullopt;
    return qint64(*value);
}

QString JsonDocument::typeName(Element e)
{
    using T = simdjson::dom::element_type;
    switch (e.type()) {
    case T::ARRAY: return QStringLiteral("an array");
    case T::OBJECT: return QStringLiteral("an object");
    case T::STRING: return QStringLiteral("a string");
    case T::INT64: case T::UINT64: case T::DOUBLE: return QStringLiteral("a number");
    case T::BOOL: return QStringLiteral("true/false");
    case T::NULL_VALUE: return QStringLiteral("null");
    }
    return QStringLiteral("a value");
}

} // namespace Scholia
