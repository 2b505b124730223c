#include "hackernewsalgoliaimporter.h"

#include "hackernewsjsoncomment.h"
#include "hackernewsthread.h"
#include "import/commentstreamer.h"
#include "import/importsource.h"
#include "import/jsondocument.h"
#include "import/nestedcommentwalk.h"
#include "import/splitjsondocument.h"
#include "import/timeparser.h"

namespace Scholia {

namespace {

using Element = JsonDocument::Element;
using Json = JsonDocument;

QDateTime timeOf(Element item)
{
    if (const auto seconds = Json::number(item, "created_at_i"))
        return TimeParser::fromUnixSeconds(seconds);
    return TimeParser::fromIso8601(Json::string(item, "created_at"));
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
    doc.author = Json::string(root, "author");
    doc.created = timeOf(root);
    doc.score = Json::integer(root, "points");
    const QString link = Json::string(root, "url");
    if (!link.isEmpty())
        doc.linkUrl = QUrl(link);
    const SanitizedHtml body = HackerNewsThread::body(Json::string(root, "text"));
    doc.bodyHtml = body.html;
    doc.bodyText = body.text;
    const QString type = Json::string(root, "type");
    if (!type.isEmpty() && type != QLatin1String("story") && type != QLatin1String("poll") &&
        type != QLatin1String("job"))
        doc.warnings << QStringLiteral(
                            "the top item is a %1, not a story: read as the thread's post")
                            .arg(type);
    return doc;
}

// The body is left to the output's sanitizer, for its next slot.
Comment commentOf(Element item, const QString &id, CommentOutput &output)
{
    Comment comment;
    comment.sourceId = id;
    comment.url = HackerNewsThread::itemUrl(id);
    comment.author = Json::string(item, "author");
    comment.created = timeOf(item);
    comment.score = Json::integer(item, "points");
    const QString text = Json::string(item, "text");
    // Algolia keeps a deleted comment's place (its replies survive) with no author or text.
    if (comment.author.isEmpty() && text.isEmpty())
        comment.state = CommentState::Deleted;
    HackerNewsThread::queueBody(text, output.bodies(), output.nextSlot());
    return comment;
}

// Walks the story's "children" into the output, in the file's nesting order. The
// output's sanitizer takes the comments' HTML to other cores while the walk goes on
// (issue #8); on an error its destructor stops the work. pieces, when given, holds the
// story's "children" (root has them emptied).
Result<void> readComments(Element root, const QString &storyId, CommentOutput &output,
                          const SplitJsonDocument *pieces)
{
    const auto top = NestedCommentWalk::repliesIn(root, "children", QString(), QString());
    if (!top)
        return top.error();
    if (!top->array)
        return {};
    const NestedCommentWalk::Visitor visitor =
        [&](const NestedCommentWalk::Visit &visit) -> Result<NestedCommentWalk::Replies> {
            const auto checked = HackerNewsJsonComment::checkedId(visit.item, visit.path, storyId);
            if (!checked)
                return checked.error();
            const QString &id = *checked;
            if (auto added = output.add(commentOf(visit.item, id, output), visit.parentId); !added)
                return added.error();
            return NestedCommentWalk::repliesIn(visit.item, "children", visit.path, id);
        };
    if (pieces)
        return pieces->forEachElement([&](simdjson::dom::array piece, int index) {
            return NestedCommentWalk::walk(piece, QStringLiteral("children"), visitor, index);
        });
    return NestedCommentWalk::walk(*top->array, QStringLiteral("children"), visitor);
}

// The story, then its comments into output. release, when given, is emptied once
// simdjson holds the document (which keeps its own copy of every string): a stream no
// longer needs the file's bytes. pieces, when given, is data split (data is its skeleton).
Result<ThreadDocument> readThread(const QByteArray &data, CommentOutput &output, QByteArray *release,
                                  const SplitJsonDocument *pieces = nullptr)
{
    JsonDocument json;
    auto root = json.parseObject(data, QStringLiteral("the story item as an object"));
    if (!root)
        return root.error();
    if (release)
        *release = QByteArray();
    auto doc = readStory(*root);
    if (!doc)
        return doc.error();
    if (auto written = output.writeThread(*doc, [&] { return readComments(*root, doc->sourceId, output, pieces); }); !written)
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

QString HackerNewsAlgoliaImporter::formatName() const
{
    return QStringLiteral("hn-algolia");
}

int HackerNewsAlgoliaImporter::detect(const ImportSource &source) const
{
    const QByteArrayView head = source.head();
    if (!head.trimmed().startsWith('{'))
        return 0;
    // "children" and "author" alone are Reddit's too; these two keys are Algolia's own.
    const bool createdAt = head.contains("\"created_at_i\"");
    const bool storyId = head.contains("\"story_id\"");
    if (!createdAt && !storyId)
        return 0;
    int confidence = (createdAt ? 50 : 0) + (storyId ? 25 : 0);
    if (head.contains("\"children\""))
        confidence += 15;
    if (head.contains("\"author\""))
        confidence += 10;
    if (head.contains("\"kind\""))
        confidence -= 40;
    return qBound(0, confidence, 95);
}

Result<std::vector<ThreadDocument>>
HackerNewsAlgoliaImporter::parse(const ImportSource &source) const
{
    LinkedCommentList comments;
    auto doc = readThread(source.data, comments, nullptr);
    if (!doc)
        return errorContext(source)(doc.error());
    return oneThread(std::move(doc.value()));
}

Result<void> HackerNewsAlgoliaImporter::stream(ImportSource &source, CommentSink &sink) const
{
    // Read in pieces, no DOM of the whole file is held (issue 17); a file that does not
    // split is read whole.
    auto pieces = SplitJsonDocument::split(source.data, {std::string_view("children")});
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
