#include "hnpwaimporter.h"

#include "core/commenttree.h"
#include "hackernewsjsoncomment.h"
#include "hackernewsthread.h"
#include "import/importsource.h"
#include "import/jsondocument.h"
#include "import/nestedcommentwalk.h"
#include "import/timeparser.h"

namespace Scholia {

namespace {

using Element = JsonDocument::Element;
using Json = JsonDocument;

bool flag(Element item, std::string_view key)
{
    bool value = false;
    const auto member = Json::member(item, key);
    return member && !member->get_bool().get(value) && value;
}

// root: an object (parse() checked).
Result<ThreadDocument> readStory(Element root)
{
    const QString id = HackerNewsJsonComment::idOf(root);
    if (id.isEmpty())
        return Error::of(QStringLiteral("the story has no numeric \"id\""))
            .at(QStringLiteral("top level"));
    ThreadDocument doc = HackerNewsThread::forStory(id);
    doc.title = Json::string(root, "title");
    doc.author = Json::string(root, "user");
    doc.created = TimeParser::fromUnixSeconds(Json::number(root, "time"));
    doc.score = Json::integer(root, "points");
    // Ask HN items carry a relative "item?id=N" here, which is the thread itself.
    const QString link = Json::string(root, "url");
    if (link.startsWith(QLatin1String("http")))
        doc.linkUrl = QUrl(link);
    const SanitizedHtml body = HackerNewsThread::body(Json::string(root, "content"));
    doc.bodyHtml = body.html;
    doc.bodyText = body.text;
    return doc;
}

Comment commentOf(Element item, const QString &id)
{
    Comment comment;
    comment.sourceId = id;
    comment.url = HackerNewsThread::itemUrl(id);
    comment.author = Json::string(item, "user");
    comment.created = TimeParser::fromUnixSeconds(Json::number(item, "time"));
    comment.score = Json::integer(item, "points");
    const QString content = Json::string(item, "content");
    if (flag(item, "deleted") || (comment.author.isEmpty() && content.isEmpty()))
        comment.state = CommentState::Deleted;
    else if (flag(item, "dead"))
        comment.state = CommentState::Removed;
    const SanitizedHtml body = HackerNewsThread::body(content);
    comment.bodyHtml = body.html;
    comment.bodyText = body.text;
    return comment;
}

// The nesting is authoritative ("level" only repeats it).
Result<std::vector<Comment>> readComments(Element root, const QString &storyId,
                                          QStringList &warnings)
{
    std::vector<LinkedComment> linked;
    int levelMismatches = 0;
    const auto top = NestedCommentWalk::repliesIn(root, "comments", QString(), QString());
    if (!top)
        return top.error();
    if (top->array) {
        auto walked = NestedCommentWalk::walk(
            *top->array, QStringLiteral("comments"),
            [&](const NestedCommentWalk::Visit &visit) -> Result<NestedCommentWalk::Replies> {
                const auto checked = HackerNewsJsonComment::checkedId(visit.item, visit.path, storyId);
                if (!checked)
                    return checked.error();
                const QString &id = *checked;
                if (const auto stated = Json::integer(visit.item, "level"); stated && *stated != visit.depth)
                    ++levelMismatches;
                linked.push_back({commentOf(visit.item, id), visit.parentId});
                return NestedCommentWalk::repliesIn(visit.item, "comments", visit.path, id);
            });
        if (!walked)
            return walked.error();
    }
    if (levelMismatches > 0)
        warnings << QStringLiteral("a \"level\" that differs from the nesting in %1 of the "
                                   "comments; the nesting was used")
                        .arg(levelMismatches);
    return CommentTree::arrange(std::move(linked));
}

} // namespace

QString HnpwaImporter::formatName() const
{
    return QStringLiteral("hnpwa");
}

int HnpwaImporter::detect(const ImportSource &source) const
{
    const QByteArrayView head = source.head();
    if (!head.trimmed().startsWith('{'))
        return 0;
    const bool timeAgo = head.contains("\"time_ago\"");
    const bool count = head.contains("\"comments_count\"");
    const bool levelled = head.contains("\"level\"") && head.contains("\"content\"");
    if (!timeAgo && !count && !levelled)
        return 0;
    int confidence = (timeAgo ? 30 : 0) + (count ? 30 : 0) + (levelled ? 25 : 0);
    if (head.contains("\"user\""))
        confidence += 10;
    if (head.contains("\"kind\""))
        confidence -= 40;
    return qBound(0, confidence, 95);
}

Result<std::vector<ThreadDocument>> HnpwaImporter::parse(const ImportSource &source) const
{
    const auto inContext = errorContext(source);
    JsonDocument json;
    auto root = json.parseObject(source.data, QStringLiteral("the story item as an object"));
    if (!root)
        return inContext(root.error());
    auto doc = readStory(*root);
    if (!doc)
        return inContext(doc.error());
    auto comments = readComments(*root, doc->sourceId, doc->warnings);
    if (!comments)
        return inContext(comments.error());
    doc->comments = std::move(comments.value());
    return oneThread(std::move(doc.value()));
}

} // namespace Scholia
