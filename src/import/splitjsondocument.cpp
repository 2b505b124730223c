#include "splitjsondocument.h"

#include "passedpages.h"

#include <QtGlobal>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace Scholia {

namespace {

namespace od = simdjson::ondemand;

// One step down from `from` (the document or a value) into `into`.
template <typename Container>
simdjson::error_code stepInto(Container &from, const SplitJsonDocument::Step &step, od::value &into)
{
    if (const size_t *index = std::get_if<size_t>(&step)) {
        od::array array;
        if (const auto error = from.get_array().get(array))
            return error;
        size_t i = 0;
        for (auto element : array) {
            od::value value;
            if (const auto error = std::move(element).get(value))
                return error;
            if (i++ == *index) {
                into = value;
                return simdjson::SUCCESS;
            }
        }
        return simdjson::INDEX_OUT_OF_BOUNDS;
    }
    const std::string_view key = std::get<std::string_view>(step);
    od::object object;
    if (const auto error = from.get_object().get(object))
        return error;
    for (auto member : object) {
        od::field field;
        std::string_view name;
        if (const auto error = std::move(member).get(field))
            return error;
        if (const auto error = field.unescaped_key().get(name))
            return error;
        if (name == key) {
            into = field.value();
            return simdjson::SUCCESS;
        }
    }
    return simdjson::NO_SUCH_FIELD;
}

// The element's JSON text, as On-Demand skips over it (without checking its inside).
simdjson::error_code rawElement(od::value value, std::string_view &raw)
{
    od::json_type type;
    if (const auto error = value.type().get(type))
        return error;
    if (type == od::json_type::object) {
        od::object object;
        if (const auto error = value.get_object().get(object))
            return error;
        return object.raw_json().get(raw);
    }
    if (type == od::json_type::array) {
        od::array array;
        if (const auto error = value.get_array().get(array))
            return error;
        return array.raw_json().get(raw);
    }
    raw = value.raw_json_token();
    return simdjson::SUCCESS;
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

std::optional<SplitJsonDocument> SplitJsonDocument::split(const QByteArray &json,
                                                          std::initializer_list<Step> path)
{
    // data_ptr() has no const overload; it only reads here.
    const qsizetype freeSpace = const_cast<QByteArray &>(json).data_ptr().freeSpaceAtEnd();
    if (path.size() == 0 || freeSpace < qsizetype(simdjson::SIMDJSON_PADDING))
        return std::nullopt;
    const char *const begin = json.constData();
    const size_t size = size_t(json.size());

    SplitJsonDocument result;
    {
        od::parser parser; // its index of the file's structure goes with it, before any DOM
        od::document document;
        if (parser.iterate(begin, size, size + size_t(freeSpace)).get(document))
            return std::nullopt;
        od::value target;
        auto step = path.begin();
        if (stepInto(document, *step, target))
            return std::nullopt;
        for (++step; step != path.end(); ++step) {
            od::value inner;
            if (stepInto(target, *step, inner))
                return std::nullopt;
            target = inner;
        }
        const std::string_view open = target.raw_json_token();
        od::array array;
        if (open.empty() || open.front() != '[' || target.get_array().get(array))
            return std::nullopt;
        size_t afterLast = size_t(open.data() - begin) + 1;
        for (auto element : array) {
            od::value value;
            std::string_view raw;
            if (std::move(element).get(value) || rawElement(value, raw))
                return std::nullopt;
            const size_t offset = size_t(raw.data() - begin);
            result.m_elements.push_back({offset, raw.size()});
            afterLast = offset + raw.size();
        }
        size_t close = afterLast;
        while (close < size && isJsonSpace(begin[close]))
            ++close;
        if (close >= size || begin[close] != ']')
            return std::nullopt;
        const size_t openAt = size_t(open.data() - begin);
        result.m_skeleton.reserve(qsizetype(openAt + 1 + size - close + simdjson::SIMDJSON_PADDING));
        result.m_skeleton.append(begin, qsizetype(openAt + 1));
        result.m_skeleton.append(begin + close, qsizetype(size - close));
    }
    result.m_json = json;
    result.m_elementDepth = path.size() + 1;
    return result;
}

bool SplitJsonDocument::releaseBytesAsWalked()
{
    if (!m_json.isDetached())
        return false;
    m_releasable = m_json.data(); // the only reference: no copy
    return true;
}

Result<void> SplitJsonDocument::forEachElement(
    const std::function<Result<void>(simdjson::dom::array piece, int index)> &visit) const
{
    // The whole document may nest DEFAULT_MAX_DEPTH deep; an element, m_elementDepth less.
    // The piece wraps it in one array more.
    simdjson::dom::parser parser;
    const size_t maxDepth = simdjson::DEFAULT_MAX_DEPTH - m_elementDepth + 1;
    // Sized once for the largest piece: growing piece by piece would leave the smaller
    // buffers behind in the heap, resident.
    size_t largest = 0;
    for (const Range &range : m_elements)
        largest = std::max(largest, range.size + 2);
    if (const auto error = parser.allocate(largest, maxDepth))
        return Error::of(QString::fromUtf8(simdjson::error_message(error)));
    std::vector<char> buffer(largest + simdjson::SIMDJSON_PADDING);
    int index = 0;
    PassedPages passed(m_releasable); // gives nothing back unless releaseBytesAsWalked()
    for (const Range &range : m_elements) {
        const size_t pieceSize = range.size + 2;
        buffer[0] = '[';
        std::memcpy(buffer.data() + 1, m_json.constData() + range.begin, range.size);
        buffer[pieceSize - 1] = ']';
        // The skeleton and the pieces are copies: nothing reads these bytes again.
        passed.passedTo(range.begin + range.size);
        simdjson::dom::array piece;
        if (const auto error = parser.parse(buffer.data(), pieceSize, false).get(piece))
            return Error::of(QStringLiteral("element %1: %2")
                                 .arg(index)
                                 .arg(QString::fromUtf8(simdjson::error_message(error))));
        if (auto visited = visit(piece, index); !visited)
            return visited;
        ++index;
    }
    return {};
}

} // namespace Scholia
