#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <simdjson.h>

#include <memory>
#include <optional>
#include <string_view>

namespace Scholia {

// A parsed JSON file (simdjson's DOM: the fastest parser Debian ships) plus small
// typed accessors that say what was expected where. Parse errors carry the byte
// offset where one can be found.
class JsonDocument
{
public:
    using Element = simdjson::dom::element;

    JsonDocument();
    ~JsonDocument();
    JsonDocument(const JsonDocument &) = delete;
    JsonDocument &operator=(const JsonDocument &) = delete;

    // The error has a message and, where known, the byte offset; no file or format.
    Result<Element> parse(const QByteArray &json);
    // What every JSON importer starts with: parse(), then the top-level value checked to be
    // what the format holds there. Otherwise an Error "expected <expected>, found …" at
    // "top level"; `expected` names the value, e.g. "a topic object".
    Result<Element> parseObject(const QByteArray &json, const QString &expected);
    // An array of at least minimumSize values; a shorter one is found "an array of N".
    Result<Element> parseArray(const QByteArray &json, const QString &expected,
                               size_t minimumSize = 0);

    static bool isObject(Element e) { return e.type() == simdjson::dom::element_type::OBJECT; }
    static bool isArray(Element e) { return e.type() == simdjson::dom::element_type::ARRAY; }
    static bool isString(Element e) { return e.type() == simdjson::dom::element_type::STRING; }
    static bool isNumber(Element e);
    static bool isNull(Element e) { return e.type() == simdjson::dom::element_type::NULL_VALUE; }

    // The member, or nothing when absent (or e is not an object).
    static std::optional<Element> member(Element e, std::string_view key);
    // Follows a chain of members: memberPath(e, {"data", "children"}).
    static std::optional<Element> memberPath(Element e, std::initializer_list<std::string_view> keys);
    // The member as text; empty when absent, null or not a string.
    static QString string(Element e, std::string_view key);
    // The member as a number; nothing when absent, null or not a number.
    static std::optional<double> number(Element e, std::string_view key);
    static std::optional<qint64> integer(Element e, std::string_view key);
    // Describes a value's type for messages: "an object", "a string", …
    static QString typeName(Element e);

private:
    std::unique_ptr<simdjson::dom::parser> m_parser;
};

} // namespace Scholia
