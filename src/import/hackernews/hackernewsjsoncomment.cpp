#include "hackernewsjsoncomment.h"

#include "hackernewsthread.h"

namespace Scholia {

QString HackerNewsJsonComment::idOf(JsonDocument::Element item)
{
    const auto id = JsonDocument::integer(item, "id");
    return id ? HackerNewsThread::idText(*id) : QString();
}

Result<QString> HackerNewsJsonComment::checkedId(JsonDocument::Element item, const QString &path,
                                                 const QString &storyId)
{
    if (!JsonDocument::isObject(item))
        return Error::of(QStringLiteral("expected a comment object, found %1").arg(JsonDocument::typeName(item)))
            .at(path);
    const QString id = idOf(item);
    if (id.isEmpty())
        return Error::of(QStringLiteral("a comment has no numeric \"id\"")).at(path);
    // A cycle back to the story would make the thread its own reply.
    if (id == storyId)
        return Error::of(QStringLiteral("a comment has the story's own id %1").arg(id)).at(path);
    return id;
}

} // namespace Scholia
