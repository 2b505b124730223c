#include "redditjsonimporter.h"

#include "html/htmlentitydecoder.h"
#include "html/htmlsanitizer.h"
#include "import/commentstreamer.h"
#include "import/importsource.h"
#include "import/jsondocument.h"
#include "import/nestedcommentwalk.h"
#include "import/savegapstally.h"
#include "import/splitjsondocument.h"
#include "import/timeparser.h"
#include "redditcommentreader.h"

#include <QTimeZone>

#include <limits>
#include <optional>

namespace Scholia {

namespace {

using Element = JsonDocument::Element;
using Json = JsonDocument;

const QString redditOrigin = QStringLiteral("https://www.reddit.com");

QDateTime utcFromSeconds(std::optional<double> seconds)
{
    return TimeParser::fromUnixSeconds(seconds);
}

// body_html holds HTML that is itself entity-escaped; body is the Markdown source,
// with &, < and > escaped too unless the file was fetched with raw_json=1.
// The HTML to sanitize; nothing when the file has none, and the body is plainTextOf().
std::optional<QString> untrustedHtmlOf(Element data, std::string_view htmlKey)
{
    const QString escapedHtml = Json::string(data, htmlKey);
    if (escapedHtml.isEmpty())
        return std::nullopt;
    return HtmlEntityDecoder::decode(escapedHtml);
}

SanitizedHtml plainTextOf(Element data, std::string_view textKey)
{
    return HtmlSanitizer::fromPlainText(HtmlEntityDecoder::decode(Json::string(data, textKey)));
}

SanitizedHtml bodyOf(Element data, std::string_view htmlKey, std::string_view textKey)
{
    if (const std::optional<QString> html = untrustedHtmlOf(data, htmlKey))
        return HtmlSanitizer::sanitize(*html);
    return plainTextOf(data, textKey);
}

// Reads the t3 post into a document without comments.
class PostReader
{
public:
    // root: an array of at least two (parse() checked).
    static Result<ThreadDocument> read(Element root)
    {
        const auto fail = [](const QString &what, const QString &where) {
            return Error::of(what).at(where);
        };
        const simdjson::dom::array listings = root.get_array().value_unsafe();
        const auto children = Json::memberPath(listings.at(0).value_unsafe(), {"data", "children"});
        simdjson::dom::array posts;
        if (!children || children->get_array().get(posts) || posts.size() == 0)
            return fail(QStringLiteral("the first Listing holds no post"), QStringLiteral("[0].data.children"));
        const Element post = posts.at(0).value_unsafe();
        if (Json::string(post, "kind") != QLatin1String("t3"))
            return fail(QStringLiteral("expected the post (kind \"t3\") first, found kind \"%1\"")
                            .arg(Json::string(post, "kind")),
                        QStringLiteral("[0].data.children[0]"));
        const auto data = Json::member(post, "data");
        if (!data || !Json::isObject(*data))
            return fail(QStringLiteral("the post has no data object"), QStringLiteral("[0].data.children[0]"));
        return fromData(*data);
    }

private:
    static Result<ThreadDocument> fromData(Element data)
    {
        ThreadDocument doc;
        doc.sourceKind = QStringLiteral("reddit");
        doc.sourceId = RedditCommentReader::idOf(data); // a post names itself as a comment does
        if (doc.sourceId.isEmpty())
            return Error::of(QStringLiteral("the post has no \"id\"")).at(QStringLiteral("[0].data.children[0].data"));
        doc.title = HtmlEntityDecoder::decode(Json::string(data, "title"));
        doc.author = Json::string(data, "author");
        const QString subreddit = Json::string(data, "subreddit");
        doc.site = subreddit.isEmpty() ? QStringLiteral("reddit.com")
                                       : QStringLiteral("reddit.com/r/") + subreddit;
        const QString permalink = Json::string(data, "permalink");
        if (!permalink.isEmpty())
            doc.url = QUrl(redditOrigin + permalink);
        doc.created = utcFromSeconds(Json::number(data, "created_utc"));
        doc.score = Json::integer(data, "score");
        if (const auto total = Json::integer(data, "num_comments"); total && *total >= 0)
            doc.gaps.siteTotal = int(qMin(*total, qint64(std::numeric_limits<int>::max())));
        const auto isSelf = Json::member(data, "is_self");
        bool self = true;
        if (isSelf && !isSelf->get_bool().get(self) && !self)
            doc.linkUrl = QUrl(HtmlEntityDecoder::decode(Json::string(data, "url")));
        const SanitizedHtml body = bodyOf(data, "selftext_html", "selftext");
        doc.bodyHtml = body.html;
        doc.bodyText = body.text;
        return doc;
    }
};

// Reads the t1 Listing through NestedCommentWalk (a reply chain can be far deeper than the stack).
class CommentReader
{
public:
    // The comments go to output in the file's nesting order; the gaps into doc.
    CommentReader(ThreadDocument &doc, CommentOutput &output)
        : m_doc(doc), m_comments(doc.url), m_output(output)
    {
    }

    // pieces, when given, holds the second Listing's "children" (root has them emptied).
    Result<void> read(Element root, const SplitJsonDocument *pieces)
    {
        // PostReader already checked that the root is an array of at least two.
        const Element listing = root.at(1).value_unsafe();
        const auto children = Json::memberPath(listing, {"data", "children"});
        simdjson::dom::array top;
        if (!children || children->get_array().get(top))
            return Error::of(QStringLiteral("the second Listing has no \"children\" array"))
                .at(QStringLiteral("[1].data.children"));
        const QString topPath = QStringLiteral("[1].data.children");
        const NestedCommentWalk::Visitor visitor = [this](const NestedCommentWalk::Visit &visit) {
            return readThing(visit);
        };
        auto walked = pieces ? pieces->forEachElement([&](simdjson::dom::array piece, int index) {
            return NestedCommentWalk::walk(piece, topPath, visitor, index);
        })
                             : NestedCommentWalk::walk(top, topPath, visitor);
        if (!walked)
            return walked.error();
        m_gaps.writeInto(m_doc);
        return {};
    }

private:
    // No replies to walk: a "more" stub, a skipped item, a comment without replies.
    static NestedCommentWalk::Replies noReplies() { return {}; }

    Result<NestedCommentWalk::Replies> readThing(const NestedCommentWalk::Visit &visit)
    {
        const Element thing = visit.item;
        const QString &path = visit.path;
        const QString kind = Json::string(thing, "kind");
        const auto data = Json::member(thing, "data");
        if (!data || !Json::isObject(*data))
            return Error::of(QStringLiteral("expected a comment object with \"kind\" and \"data\", found %1")
                                 .arg(Json::typeName(thing)))
                .at(path);
        if (kind == QLatin1String("more")) {
            if (auto read = readMore(*data, visit.parentId, path); !read)
                return read.error();
            return noReplies();
        }
        if (kind != QLatin1String("t1")) {
            m_doc.warnings << QStringLiteral("skipped an item of kind \"%1\" at %2").arg(kind, path);
            return noReplies();
        }
        auto parent = parentOf(*data, visit.parentId, path);
        if (!parent)
            return parent.error();
        const QString sourceId = RedditCommentReader::idOf(*data);
        if (sourceId.isEmpty())
            return Error::of(QStringLiteral("a comment has no \"id\"")).at(path + QStringLiteral(".data"));
        Comment comment = m_comments.read(*data, sourceId);
        readBody(comment, *data);
        if (auto added = m_output.add(std::move(comment), parent.value()); !added)
            return added.error();

        const auto replies = Json::member(*data, "replies");
        if (!replies || Json::isNull(*replies) || Json::isString(*replies))
            return noReplies(); // Reddit writes "" for no replies
        const auto replyChildren = Json::memberPath(*replies, {"data", "children"});
        simdjson::dom::array array;
        if (!replyChildren || replyChildren->get_array().get(array))
            return Error::of(QStringLiteral("\"replies\" is neither \"\" nor a Listing"))
                .at(path + QStringLiteral(".data.replies"));
        return NestedCommentWalk::Replies{sourceId, array, path + QStringLiteral(".data.replies.data.children")};
    }

    // The parent named by "parent_id" (authoritative), else the enclosing comment.
    Result<QString> parentOf(Element data, const QString &enclosing, const QString &path) const
    {
        const QString parentFullname = Json::string(data, "parent_id");
        if (parentFullname.isEmpty())
            return enclosing;
        if (parentFullname.startsWith(QLatin1String("t3_"))) {
            if (parentFullname.mid(3) != m_doc.sourceId)
                return Error::of(QStringLiteral("the comment replies to post \"%1\", not to this thread's post \"%2\"")
                                     .arg(parentFullname.mid(3), m_doc.sourceId))
                    .at(path);
            return QString();
        }
        return RedditCommentReader::withoutKindPrefix(parentFullname);
    }

    // HTML goes to the output's sanitizer, for the slot of the comment it takes next.
    void readBody(Comment &comment, Element data)
    {
        if (std::optional<QString> html = untrustedHtmlOf(data, "body_html")) {
            m_output.bodies().add(m_output.nextSlot(), *std::move(html));
        } else {
            const SanitizedHtml body = plainTextOf(data, "body");
            comment.bodyHtml = body.html;
            comment.bodyText = body.text;
        }
    }

    Result<void> readMore(Element data, const QString &enclosing, const QString &path)
    {
        auto parent = parentOf(data, enclosing, path);
        if (!parent)
            return parent.error();
        Comment placeholder;
        const QString base = QStringLiteral("more:") + (parent->isEmpty() ? m_doc.sourceId : *parent);
        placeholder.sourceId = base;
        for (int n = 2; m_placeholderIds.contains(placeholder.sourceId); ++n)
            placeholder.sourceId = base + QStringLiteral(":%1").arg(n);
        m_placeholderIds.insert(placeholder.sourceId);
        const QStringList ids = childIdsOf(data);
        const qint64 count = Json::integer(data, "count").value_or(qint64(ids.size()));
        placeholder.notSavedReplies =
            int(qBound(qint64(0), count, qint64(std::numeric_limits<int>::max())));
        // A stub of no count and no ids is Reddit's "continue this thread": its depth
        // limit, with no number for what lies beyond.
        if (*placeholder.notSavedReplies > 0) {
            m_gaps.add(QStringLiteral("\"more\" stub"), *placeholder.notSavedReplies);
            m_gaps.addMissingIds(ids);
        } else {
            m_gaps.add(QStringLiteral("\"continue this thread\" stub"));
        }
        return m_output.add(std::move(placeholder), parent.value());
    }

    // The ids a stub lists ("children"), as t1 ids are read: without the "t1_" prefix.
    static QStringList childIdsOf(Element data)
    {
        QStringList ids;
        simdjson::dom::array children;
        const auto member = Json::member(data, "children");
        if (!member || member->get_array().get(children))
            return ids;
        for (const Element child : children) {
            std::string_view id;
            if (!child.get_string().get(id) && !id.empty())
                ids << RedditCommentReader::withoutKindPrefix(
                    QString::fromUtf8(id.data(), qsizetype(id.size())));
        }
        return ids;
    }

    ThreadDocument &m_doc;
    const RedditCommentReader m_comments;
    // Its sanitizer takes body_html to other cores while the walk goes on (issue #8).
    CommentOutput &m_output;
    QSet<QString> m_placeholderIds;
    SaveGapsTally m_gaps;
};

// The post, then its comments into output. release, when given, is emptied once simdjson
// holds the document (which keeps its own copy of every string): a stream no longer
// needs the file's bytes. pieces, when given, is data split (data is its skeleton).
Result<ThreadDocument> readThread(const QByteArray &data, CommentOutput &output, QByteArray *release,
                                  const SplitJsonDocument *pieces = nullptr)
{
    JsonDocument json;
    auto root = json.parseArray(data, QStringLiteral("an array of two Listings (the post, then its comments)"), 2);
    if (!root)
        return root.error();
    if (release)
        *release = QByteArray();
    auto doc = PostReader::read(*root);
    if (!doc)
        return doc.error();
    if (auto written = output.writeThread(*doc, [&] { return CommentReader(*doc, output).read(*root, pieces); }); !written)
        return written.error();
    return doc;
}

// A piece's error says neither where in the file it is nor whether the whole document
// would have failed first, further on (invalid JSON): reading the whole document says.
Error errorOfWhole(const QByteArray &data, const Error &pieceError)
{
    LinkedCommentList discarded;
    const auto whole = readThread(data, discarded, nullptr);
    return whole ? pieceError : whole.error();
}

} // namespace

QString RedditJsonImporter::formatName() const { return QStringLiteral("reddit-json"); }

int RedditJsonImporter::detect(const ImportSource &source) const
{
    const QByteArrayView head = source.head();
    const QByteArrayView trimmed = head.trimmed();
    if (!trimmed.startsWith('['))
        return 0;
    int confidence = source.hasExtension(QLatin1String(".json")) ? 10 : 0;
    const bool listing = head.contains("\"kind\": \"Listing\"") || head.contains("\"kind\":\"Listing\"");
    const bool post = head.contains("\"kind\": \"t3\"") || head.contains("\"kind\":\"t3\"");
    if (listing)
        confidence += 50;
    if (post)
        confidence += 35;
    return qMin(confidence, 100);
}

Result<std::vector<ThreadDocument>> RedditJsonImporter::parse(const ImportSource &source) const
{
    LinkedCommentList comments;
    auto doc = readThread(source.data, comments, nullptr);
    if (!doc)
        return errorContext(source)(doc.error());
    return oneThread(std::move(doc.value()));
}

Result<void> RedditJsonImporter::stream(ImportSource &source, CommentSink &sink) const
{
    // Read in pieces, no DOM of the whole file is held (issue 17); a file that does not
    // split is read whole.
    auto pieces = SplitJsonDocument::split(source.data, {size_t(1), std::string_view("data"),
                                                               std::string_view("children")});
    // The walk gives the file's pages back as it passes them (issue 17, round 5); an error
    // reads the file again for the whole document's message.
    if (pieces && source.canReadAgain) {
        source.data = QByteArray();
        pieces->releaseBytesAsWalked();
    }
    CommentStreamer comments(sink);
    auto doc = pieces ? readThread(pieces->skeleton(), comments, nullptr, &*pieces)
                      : readThread(source.data, comments, &source.data);
    if (!doc && pieces) {
        const auto whole = source.wholeBytes();
        return errorContext(source)(whole ? errorOfWhole(*whole, doc.error()) : whole.error());
    }
    if (!doc)
        return errorContext(source)(doc.error());
    return {};
}

} // namespace Scholia
