#include "nestedcommentwalk.h"

#include <vector>

namespace Scholia {

Result<void> NestedCommentWalk::walk(simdjson::dom::array top, const QString &topPath, const Visitor &visitor,
                                     int firstIndex)
{
    struct Frame
    {
        simdjson::dom::array::iterator next, end;
        QString path;
        int index;
        QString parentId;
        int depth;
    };
    std::vector<Frame> stack;
    stack.push_back({top.begin(), top.end(), topPath, firstIndex, {}, 0});
    while (!stack.empty()) {
        Frame &frame = stack.back();
        if (frame.next == frame.end) {
            stack.pop_back();
            continue;
        }
        const Visit visit{*frame.next, frame.path + QStringLiteral("[%1]").arg(frame.index++), frame.parentId,
                          frame.depth};
        ++frame.next;
        auto replies = visitor(visit); // frame stays valid: nothing is pushed before this returns
        if (!replies)
            return replies.error();
        if (replies->array)
            stack.push_back({replies->array->begin(), replies->array->end(), replies->path, 0, replies->id,
                             visit.depth + 1});
    }
    return {};
}

Result<NestedCommentWalk::Replies> NestedCommentWalk::repliesIn(JsonDocument::Element item, std::string_view key,
                                                                const QString &path, const QString &id)
{
    const QString name = QString::fromUtf8(key.data(), qsizetype(key.size()));
    const QString arrayPath = path.isEmpty() ? name : path + QLatin1Char('.') + name;
    const auto member = JsonDocument::member(item, key);
    if (!member || JsonDocument::isNull(*member))
        return Replies{id, std::nullopt, arrayPath};
    simdjson::dom::array array;
    if (member->get_array().get(array))
        return Error::of(QStringLiteral("\"%1\" should be an array, found %2")
                             .arg(name, JsonDocument::typeName(*member)))
            .at(arrayPath);
    return Replies{id, array, arrayPath};
}

} // namespace Scholia
