#include "hackernewsitemsimporter.h"

#include "core/commenttree.h"
#include "hackernewsthread.h"
#include "import/importsource.h"
#include "import/jsondocument.h"
#include "import/timeparser.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

namespace Scholia {

namespace {

using Element = JsonDocument::Element;
using Json = JsonDocument;

// One item copied out of simdjson's DOM: JSON lines reuse the parser, which frees the
// previous line's values.
struct Item
{
    qint64 id = 0;
    std::optional<qint64> parent;
    QString type, by, text, title, url;
    std::optional<double> time;
    std::optional<qint64> score;
    std::optional<qint64> descendants; // a story's count of its comments
    std::vector<qint64> kids;
    bool deleted = false;
    bool dead = false;
    QString where; // "[3]" or "line 4", for messages
};

bool flag(Element e, std::string_view key)
{
    bool value = false;
    const auto member = Json::member(e, key);
    return member && !member->get_bool().get(value) && value;
}

Result<Item> readItem(Element e, const QString &where)
{
    if (!Json::isObject(e))
        return Error::of(QStringLiteral("expected an item object, found %1").arg(Json::typeName(e)))
            .at(where);
    Item item;
    item.where = where;
    const auto id = Json::integer(e, "id");
    if (!id)
        return Error::of(QStringLiteral("an item has no numeric \"id\"")).at(where);
    item.id = *id;
    item.parent = Json::integer(e, "parent");
    item.type = Json::string(e, "type");
    item.by = Json::string(e, "by");
    item.text = Json::string(e, "text");
    item.title = Json::string(e, "title");
    item.url = Json::string(e, "url");
    item.time = Json::number(e, "time");
    item.score = Json::integer(e, "score");
    item.descendants = Json::integer(e, "descendants");
    item.deleted = flag(e, "deleted");
    item.dead = flag(e, "dead");
    if (const auto kids = Json::member(e, "kids"); kids && !Json::isNull(*kids)) {
        simdjson::dom::array array;
        if (kids->get_array().get(array))
            return Error::of(QStringLiteral("\"kids\" should be an array of ids, found %1")
                                 .arg(Json::typeName(*kids)))
                .at(where);
        for (Element kid : array) {
            int64_t kidId = 0;
            if (kid.get_int64().get(kidId))
                return Error::of(QStringLiteral("\"kids\" should hold numeric ids, found %1")
                                     .arg(Json::typeName(kid)))
                    .at(where);
            item.kids.push_back(kidId);
        }
    }
    return item;
}

bool isJsonLines(const QByteArray &data)
{
    return data.trimmed().startsWith('{');
}

Result<std::vector<Item>> readItems(const QByteArray &data)
{
    std::vector<Item> items;
    JsonDocument json;
    if (!isJsonLines(data)) {
        auto root = json.parseArray(data, QStringLiteral("an array of items or one item per line"));
        if (!root)
            return root.error();
        const simdjson::dom::array array = root->get_array().value_unsafe();
        int index = 0;
        for (Element e : array) {
            auto item = readItem(e, QStringLiteral("[%1]").arg(index++));
            if (!item)
                return item.error();
            items.push_back(std::move(item.value()));
        }
        return items;
    }
    // A single item saved as the API returns it, possibly pretty-printed over many lines.
    if (auto whole = json.parse(data); whole && Json::isObject(*whole)) {
        auto item = readItem(*whole, QStringLiteral("top level"));
        if (!item)
            return item.error();
        items.push_back(std::move(item.value()));
        return items;
    }
    qsizetype start = 0;
    for (int line = 1; start < data.size(); ++line) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        const QByteArray text = data.mid(start, end - start);
        const qsizetype lineStart = start;
        start = end + 1;
        if (text.trimmed().isEmpty())
            continue;
        const QString where = QStringLiteral("line %1").arg(line);
        auto root = json.parse(text);
        if (!root) {
            // The line number reads better than a byte offset in a file of lines.
            Error error = root.error();
            const QString at = error.byteOffset >= 0 ? QStringLiteral("%1, byte %2 of the file")
                                                           .arg(where)
                                                           .arg(error.byteOffset + lineStart)
                                                     : where;
            error.byteOffset = -1;
            return error.at(at);
        }
        auto item = readItem(*root, where);
        if (!item)
            return item.error();
        items.push_back(std::move(item.value()));
    }
    return items;
}

bool isStoryType(const QString &type)
{
    return type == QLatin1String("story") || type == QLatin1String("poll") ||
           type == QLatin1String("job");
}

// The story: the first item of a story type, else the first without a parent.
const Item *findStory(const std::vector<Item> &items)
{
    for (const Item &item : items) {
        if (isStoryType(item.type))
            return &item;
    }
    for (const Item &item : items) {
        if (!item.parent)
            return &item;
    }
    return nullptr;
}

ThreadDocument storyDocument(const Item &story)
{
    ThreadDocument doc = HackerNewsThread::forStory(HackerNewsThread::idText(story.id));
    doc.title = story.title;
    doc.author = story.by;
    doc.created = TimeParser::fromUnixSeconds(story.time);
    doc.score = story.score;
    if (!story.url.isEmpty())
        doc.linkUrl = QUrl(story.url);
    const SanitizedHtml body = HackerNewsThread::body(story.text);
    doc.bodyHtml = body.html;
    doc.bodyText = body.text;
    return doc;
}

Comment commentOf(const Item &item)
{
    Comment comment;
    comment.sourceId = HackerNewsThread::idText(item.id);
    comment.url = HackerNewsThread::itemUrl(comment.sourceId);
    comment.author = item.by;
    comment.created = TimeParser::fromUnixSeconds(item.time);
    comment.score = item.score;
    if (item.deleted)
        comment.state = CommentState::Deleted;
    else if (item.dead)
        comment.state = CommentState::Removed; // killed by flags or moderators
    const SanitizedHtml body = HackerNewsThread::body(item.text);
    comment.bodyHtml = body.html;
    comment.bodyText = body.text;
    return comment;
}

// Parent links in the order the parents' "kids" give; CommentTree keeps that order
// among siblings. Items a parent does not list follow its listed kids, in file order.
Result<std::vector<Comment>> arrangeComments(const std::vector<Item> &items, const Item &story,
                                             QStringList &warnings)
{
    QHash<qint64, qsizetype> rankInParent; // item id → position in its parent's kids
    for (const Item &item : items) {
        for (size_t k = 0; k < item.kids.size(); ++k)
            rankInParent.insert(item.kids[k], qsizetype(k));
    }
    struct Ranked
    {
        qsizetype rank;
        LinkedComment linked;
    };
    std::vector<Ranked> ranked;
    ranked.reserve(items.size());
    int unlisted = 0, pollOptions = 0;
    for (size_t i = 0; i < items.size(); ++i) {
        const Item &item = items[i];
        if (&item == &story)
            continue;
        if (item.type == QLatin1String("pollopt")) { // a poll's choices are not replies
            ++pollOptions;
            continue;
        }
        if (!item.parent)
            return Error::of(QStringLiteral("item %1 has no \"parent\" but is not the story (%2)")
                                 .arg(item.id)
                                 .arg(story.id))
                .at(item.where);
        const QString parentId =
            *item.parent == story.id ? QString() : HackerNewsThread::idText(*item.parent);
        auto rank = rankInParent.constFind(item.id);
        if (rank == rankInParent.constEnd())
            ++unlisted;
        const qsizetype order =
            rank != rankInParent.constEnd() ? *rank : qsizetype(items.size() + i);
        ranked.push_back({order, {commentOf(item), parentId}});
    }
    if (pollOptions > 0)
        warnings << QStringLiteral("skipped %1 poll options (type \"pollopt\")").arg(pollOptions);
    if (unlisted > 0)
        warnings
            << QStringLiteral(
                   "not in their parent's \"kids\": %1 of the items; placed after the listed ones")
                   .arg(unlisted);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Ranked &a, const Ranked &b) { return a.rank < b.rank; });
    std::vector<LinkedComment> linked;
    linked.reserve(ranked.size());
    for (Ranked &r : ranked)
        linked.push_back(std::move(r.linked));
    return CommentTree::arrange(std::move(linked));
}

// Every item lists its replies' ids in "kids"; a listed id that no item of the file holds
// is a reply the save lacks (a deleted or dead one the file does hold is not). Comments are
// named by the same ids, so a later save can fill them in.
void readGaps(const std::vector<Item> &items, const Item &story, ThreadDocument &doc)
{
    QSet<qint64> held;
    for (const Item &item : items)
        held.insert(item.id);
    QSet<qint64> listed;
    QStringList missing;
    for (const Item &item : items) {
        for (const qint64 kid : item.kids) {
            if (held.contains(kid) || listed.contains(kid))
                continue;
            listed.insert(kid);
            missing << HackerNewsThread::idText(kid);
        }
    }
    if (story.descendants && *story.descendants >= 0)
        doc.gaps.siteTotal = int(qMin<qint64>(*story.descendants, std::numeric_limits<int>::max()));
    if (missing.isEmpty())
        return;
    doc.gaps.missingComments = int(missing.size());
    doc.gaps.missingIds = missing;
    doc.warnings << doc.gaps.importWarning(
        doc.sourceKind,
        QStringLiteral("%1 ids in \"kids\" with no item in the file").arg(missing.size()));
}

} // namespace

QString HackerNewsItemsImporter::formatName() const
{
    return QStringLiteral("hn-items");
}

int HackerNewsItemsImporter::detect(const ImportSource &source) const
{
    const QByteArrayView head = source.head();
    const QByteArrayView trimmed = head.trimmed();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('['))
        return 0;
    // "parent" and "time" are common words; "by" and "kids" are the API's own.
    if (!head.contains("\"by\"") && !head.contains("\"kids\""))
        return 0;
    int confidence = 0;
    if (head.contains("\"by\""))
        confidence += 30;
    if (head.contains("\"kids\""))
        confidence += 30;
    if (head.contains("\"parent\""))
        confidence += 20;
    if (head.contains("\"time\""))
        confidence += 10;
    // Other formats' marks: Algolia and HNPWA also say "parent"-ish things.
    if (head.contains("\"created_at_i\"") || head.contains("\"time_ago\"") ||
        head.contains("\"kind\""))
        confidence -= 40;
    return qBound(0, confidence, 95);
}

Result<std::vector<ThreadDocument>> HackerNewsItemsImporter::parse(const ImportSource &source) const
{
    const auto inContext = errorContext(source);
    auto items = readItems(source.data);
    if (!items)
        return inContext(items.error());
    const Item *story = findStory(*items);
    if (!story)
        return inContext(Error::of(
            QStringLiteral("no story among the items (one with type \"story\" or no \"parent\")")));
    ThreadDocument doc = storyDocument(*story);
    auto comments = arrangeComments(*items, *story, doc.warnings);
    if (!comments)
        return inContext(comments.error());
    doc.comments = std::move(comments.value());
    readGaps(*items, *story, doc);
    return oneThread(std::move(doc));
}

} // namespace Scholia
