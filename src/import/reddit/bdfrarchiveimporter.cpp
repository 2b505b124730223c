#include "bdfrarchiveimporter.h"

#include "core/commenttree.h"
#include "html/htmlsanitizer.h"
#include "html/markdownrenderer.h"
#include "import/importsource.h"
#include "import/jsondocument.h"
#include "import/nestedcommentwalk.h"
#include "import/timeparser.h"
#include "redditcommentreader.h"

#include <limits>

namespace Scholia {

namespace {

using Element = JsonDocument::Element;
using Json = JsonDocument;

const QString redditOrigin = QStringLiteral("https://www.reddit.com");

SanitizedHtml fromMarkdown(const QString &markdown)
{
    return HtmlSanitizer::sanitize(MarkdownRenderer::toHtml(markdown));
}

// bdfr writes "DELETED" for a post's or comment's author whose account is gone, where
// Reddit's own JSON says "[deleted]".
QString redditAuthor(const QString &bdfrAuthor)
{
    return bdfrAuthor == QLatin1String("DELETED") ? QStringLiteral("[deleted]") : bdfrAuthor;
}

ThreadDocument submissionOf(Element root)
{
    ThreadDocument doc;
    doc.sourceKind = QStringLiteral("reddit");
    doc.sourceId = Json::string(root, "id");
    doc.title = Json::string(root, "title");
    doc.author = redditAuthor(Json::string(root, "author"));
    const QString subreddit = Json::string(root, "subreddit");
    doc.site = subreddit.isEmpty() ? QStringLiteral("reddit.com")
                                   : QStringLiteral("reddit.com/r/") + subreddit;
    const QString permalink = Json::string(root, "permalink");
    if (!permalink.isEmpty())
        doc.url =
            QUrl(permalink.startsWith(QLatin1Char('/')) ? redditOrigin + permalink : permalink);
    doc.created = TimeParser::fromUnixSeconds(Json::number(root, "created_utc"));
    doc.score = Json::integer(root, "score");
    // bdfr drops Reddit's "more" stubs before it writes (PRAW's replace_more(0) removes them
    // unfetched), so an archive may lack comments but nothing in it shows where or how many:
    // its gaps stay empty. num_comments is the site's own total; it also counts comments
    // that are gone, so how far the archive falls short of it is no count of what is missing.
    if (const auto total = Json::integer(root, "num_comments"); total && *total >= 0)
        doc.gaps.siteTotal = int(qMin(*total, qint64(std::numeric_limits<int>::max())));
    // A self post's "url" is its own page; only a link post points elsewhere.
    const QUrl link(Json::string(root, "url"));
    if (link.isValid() && !link.isEmpty() && !(doc.url.isValid() && link.path() == doc.url.path()))
        doc.linkUrl = link;
    const SanitizedHtml body = fromMarkdown(Json::string(root, "selftext"));
    doc.bodyHtml = body.html;
    doc.bodyText = body.text;
    return doc;
}

// Reads the nested replies through NestedCommentWalk (a reply chain can be far deeper
// than the call stack).
class CommentWalker
{
public:
    explicit CommentWalker(ThreadDocument &doc) : m_doc(doc), m_comments(doc.url) {}

    Result<void> walk(simdjson::dom::array top)
    {
        auto walked = NestedCommentWalk::walk(top, QStringLiteral("comments"),
                                              [this](const NestedCommentWalk::Visit &visit) {
                                                  return readComment(visit.item, visit.path, visit.parentId);
                                              });
        if (!walked)
            return walked.error();
        auto arranged = CommentTree::arrange(std::move(m_linked));
        if (!arranged)
            return arranged.error();
        m_doc.comments = std::move(arranged.value());
        return {};
    }

private:
    Result<NestedCommentWalk::Replies> readComment(Element item, const QString &path, const QString &parent)
    {
        if (!Json::isObject(item))
            return Error::of(QStringLiteral("expected a comment object, found %1")
                                 .arg(Json::typeName(item)))
                .at(path);
        const QString id = RedditCommentReader::idOf(item);
        if (id.isEmpty())
            return Error::of(QStringLiteral("a comment has no \"id\"")).at(path);
        Comment comment = m_comments.read(item, id);
        comment.author = redditAuthor(comment.author);
        const SanitizedHtml body = fromMarkdown(Json::string(item, "body"));
        comment.bodyHtml = body.html;
        comment.bodyText = body.text;
        if (!comment.created.isValid())
            m_doc.warnings << QStringLiteral("comment %1 has no time (at %2)").arg(id, path);
        m_linked.push_back({std::move(comment), parent});
        return NestedCommentWalk::repliesIn(item, "replies", path, id);
    }

    ThreadDocument &m_doc;
    const RedditCommentReader m_comments;
    std::vector<LinkedComment> m_linked;
};

} // namespace

QString BdfrArchiveImporter::formatName() const
{
    return QStringLiteral("bdfr");
}

int BdfrArchiveImporter::detect(const ImportSource &source) const
{
    const QByteArrayView head = source.head();
    if (!head.trimmed().startsWith('{') || head.contains("\"kind\"") ||
        head.contains("\"post_stream\""))
        return 0;
    const bool selftext = head.contains("\"selftext\"");
    const bool comments = head.contains("\"comments\"");
    const bool permalink = head.contains("\"permalink\"");
    // "comments" alone is too common a key to mean anything; a submission has a text or a
    // permalink.
    if (!selftext && !(comments && permalink))
        return 0;
    int confidence = source.hasExtension(QLatin1String(".json")) ? 10 : 0;
    if (selftext)
        confidence += 40;
    if (comments)
        confidence += 25;
    if (permalink || head.contains("\"upvote_ratio\""))
        confidence += 25;
    return qMin(confidence, 100);
}

Result<std::vector<ThreadDocument>> BdfrArchiveImporter::parse(const ImportSource &source) const
{
    const auto inContext = errorContext(source);
    JsonDocument json;
    auto root = json.parseObject(source.data, QStringLiteral("a submission object"));
    if (!root)
        return inContext(root.error());
    ThreadDocument doc = submissionOf(*root);
    if (doc.sourceId.isEmpty())
        return inContext(
            Error::of(QStringLiteral("the submission has no \"id\"")).at(QStringLiteral("id")));
    const auto comments = Json::member(*root, "comments");
    simdjson::dom::array array;
    if (comments && !Json::isNull(*comments)) {
        if (comments->get_array().get(array))
            return inContext(Error::of(QStringLiteral("\"comments\" is %1, not an array")
                                           .arg(Json::typeName(*comments)))
                                 .at(QStringLiteral("comments")));
        if (auto walked = CommentWalker(doc).walk(array); !walked)
            return inContext(walked.error());
    } else {
        doc.warnings << QStringLiteral("the archive has no \"comments\": only the post was saved");
    }
    return oneThread(std::move(doc));
}

} // namespace Scholia
