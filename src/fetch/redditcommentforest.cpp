#include "redditcommentforest.h"

#include <algorithm>

namespace Scholia {

namespace {

QString fullnameOf(const QJsonObject &data)
{
    const QString name = data.value(QStringLiteral("name")).toString();
    if (!name.isEmpty())
        return name;
    const QString id = data.value(QStringLiteral("id")).toString();
    return id.isEmpty() ? QString() : QStringLiteral("t1_") + id;
}

} // namespace

RedditCommentForest::RedditCommentForest(QString postFullname)
    : m_postFullname(std::move(postFullname))
{
}

void RedditCommentForest::append(const QString &parentFullname, const QString &key, Entry entry)
{
    m_children[parentFullname].push_back(key);
    m_entries.insert(key, std::move(entry));
}

QString RedditCommentForest::addStub(QJsonObject data, const QString &parentFullname)
{
    const QString key = QStringLiteral("more#%1").arg(++m_stubSerial);
    data.insert(QStringLiteral("parent_id"), parentFullname);
    append(parentFullname, key,
           {QJsonObject{{QStringLiteral("kind"), QStringLiteral("more")},
                        {QStringLiteral("data"), data}},
            true});
    return key;
}

Result<void> RedditCommentForest::addNested(const QJsonArray &children,
                                            const QString &parentFullname)
{
    struct Level
    {
        QJsonArray things;
        QString parent;
    };
    std::vector<Level> pending{{children, parentFullname}};
    while (!pending.empty()) {
        Level level = std::move(pending.back());
        pending.pop_back();
        for (const QJsonValue &value : std::as_const(level.things)) {
            const QJsonObject thing = value.toObject();
            const QString kind = thing.value(QStringLiteral("kind")).toString();
            QJsonObject data = thing.value(QStringLiteral("data")).toObject();
            if (kind == QLatin1String("more")) {
                addStub(data, level.parent);
                continue;
            }
            if (kind != QLatin1String("t1"))
                continue; // the importer says what it skips
            const QString fullname = fullnameOf(data);
            if (fullname.isEmpty())
                return Error::of(QStringLiteral("a comment in Reddit's response has no id"));
            const QJsonValue replies = data.value(QStringLiteral("replies"));
            if (!m_entries.contains(fullname)) {
                data.insert(QStringLiteral("replies"), QString());
                data.insert(QStringLiteral("parent_id"), level.parent);
                append(level.parent, fullname,
                       {QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("data"), data}},
                        false});
                ++m_commentCount;
            }
            if (replies.isObject())
                pending.push_back({replies.toObject()
                                       .value(QStringLiteral("data"))
                                       .toObject()
                                       .value(QStringLiteral("children"))
                                       .toArray(),
                                   fullname});
        }
    }
    return {};
}

Result<void> RedditCommentForest::addFlat(const QJsonArray &things)
{
    for (const QJsonValue &value : things) {
        const QJsonObject thing = value.toObject();
        const QString kind = thing.value(QStringLiteral("kind")).toString();
        QJsonObject data = thing.value(QStringLiteral("data")).toObject();
        const QString parent = data.value(QStringLiteral("parent_id")).toString();
        if (parent.isEmpty())
            return Error::of(
                QStringLiteral("a thing in Reddit's morechildren response names no parent"));
        if (kind == QLatin1String("more")) {
            addStub(data, parent);
            continue;
        }
        if (kind != QLatin1String("t1"))
            continue;
        const QString fullname = fullnameOf(data);
        if (fullname.isEmpty() || m_entries.contains(fullname))
            continue;
        data.insert(QStringLiteral("replies"), QString());
        append(
            parent, fullname,
            {QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("data"), data}}, false});
        ++m_commentCount;
    }
    return {};
}

void RedditCommentForest::removeStub(const QString &key)
{
    const auto entry = m_entries.constFind(key);
    if (entry == m_entries.constEnd() || !entry->isStub)
        return;
    const QString parent = entry->thing.value(QStringLiteral("data"))
                               .toObject()
                               .value(QStringLiteral("parent_id"))
                               .toString();
    std::vector<QString> &siblings = m_children[parent];
    siblings.erase(std::remove(siblings.begin(), siblings.end(), key), siblings.end());
    m_entries.remove(key);
}

bool RedditCommentForest::holds(const QString &commentId) const
{
    return m_entries.contains(QStringLiteral("t1_") + commentId);
}

std::vector<RedditCommentForest::Stub> RedditCommentForest::stubs() const
{
    std::vector<Stub> found;
    // Pre-order over the keys, so stubs come in the order a reader meets them.
    std::vector<QString> pending;
    const auto pushChildren = [&](const QString &parent) {
        const auto children = m_children.constFind(parent);
        if (children == m_children.constEnd())
            return;
        for (auto it = children->rbegin(); it != children->rend(); ++it)
            pending.push_back(*it);
    };
    pushChildren(m_postFullname);
    while (!pending.empty()) {
        const QString key = pending.back();
        pending.pop_back();
        const Entry &entry = m_entries[key];
        if (!entry.isStub) {
            pushChildren(key);
            continue;
        }
        const QJsonObject data = entry.thing.value(QStringLiteral("data")).toObject();
        Stub stub;
        stub.key = key;
        stub.parentFullname = data.value(QStringLiteral("parent_id")).toString();
        for (const QJsonValue &id : data.value(QStringLiteral("children")).toArray())
            stub.childIds << id.toString();
        stub.count = data.value(QStringLiteral("count")).toInt();
        found.push_back(std::move(stub));
    }
    return found;
}

QJsonArray RedditCommentForest::flattened() const
{
    QJsonArray out;
    std::vector<QString> pending;
    const auto pushChildren = [&](const QString &parent) {
        const auto children = m_children.constFind(parent);
        if (children == m_children.constEnd())
            return;
        for (auto it = children->rbegin(); it != children->rend(); ++it)
            pending.push_back(*it);
    };
    const auto writePending = [&](const QString &rootParentOverride) {
        while (!pending.empty()) {
            const QString key = pending.back();
            pending.pop_back();
            QJsonObject thing = m_entries[key].thing;
            QJsonObject data = thing.value(QStringLiteral("data")).toObject();
            if (!rootParentOverride.isEmpty() &&
                !m_entries.contains(data.value(QStringLiteral("parent_id")).toString())) {
                data.insert(QStringLiteral("parent_id"), rootParentOverride);
                thing.insert(QStringLiteral("data"), data);
            }
            out.append(thing);
            if (!m_entries[key].isStub)
                pushChildren(key);
        }
    };
    pushChildren(m_postFullname);
    writePending({});
    // Replies to a comment the responses never held (Reddit returned a reply without its
    // parent): under the post, with their own replies, so that nothing fetched is dropped.
    QStringList orphanParents;
    for (auto it = m_children.constBegin(); it != m_children.constEnd(); ++it) {
        if (it.key() != m_postFullname && !m_entries.contains(it.key()) && !it->empty())
            orphanParents << it.key();
    }
    orphanParents.sort();
    for (const QString &parent : std::as_const(orphanParents)) {
        pushChildren(parent);
        writePending(m_postFullname);
    }
    return out;
}

} // namespace Scholia
