#include "rdramahtmlimporter.h"

#include "core/commentsink.h"
#include "core/commenttree.h"
#include "html/gumbotree.h"
#include "html/htmlsanitizer.h"
#include "import/importsource.h"
#include "import/parallelsanitizer.h"
#include "import/passedpages.h"
#include "import/rdrama/rdramapagepieces.h"
#include "import/savegapstally.h"
#include "import/timeparser.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <limits>
#include <memory>
#include <optional>

namespace Scholia {

namespace {

using Node = GumboTree::Node;
using Tree = GumboTree;

// The number after an element id's prefix ("comment-123" → "123"); empty when the id is
// not exactly prefix + digits (so "comment-123-only" or "comment-text-5" do not count).
QString idNumber(Node node, const QString &prefix)
{
    const QString id = Tree::attribute(node, "id");
    if (!id.startsWith(prefix) || id.size() == prefix.size())
        return {};
    for (qsizetype i = prefix.size(); i < id.size(); ++i) {
        if (!id.at(i).isDigit())
            return {};
    }
    return id.mid(prefix.size());
}

Node byId(Node under, const QString &id)
{
    if (!under)
        return nullptr;
    return Tree::find(under, [&](Node n) { return Tree::attribute(n, "id") == id; });
}

bool isComment(Node node)
{
    return Tree::hasTag(node, "div") && Tree::hasClass(node, QStringLiteral("comment")) &&
           !idNumber(node, QStringLiteral("comment-")).isEmpty();
}

// timestamp('timestamp-12','1690000000') as the page's onmouseover/onclick has it: the
// second argument read as a number, the handler never run.
QDateTime handlerTime(Node node)
{
    static const QRegularExpression pattern(QStringLiteral(
        "timestamp\\(\\s*['\"][^'\"]*['\"]\\s*,\\s*['\"]?\\s*(\\d+(?:\\.\\d+)?)\\s*['\"]?\\s*\\)"));
    for (const char *attribute : {"onmouseover", "onclick", "onmouseenter", "onfocus"}) {
        const auto match = pattern.match(Tree::attribute(node, attribute));
        if (match.hasMatch()) {
            bool ok = false;
            const double seconds = match.captured(1).toDouble(&ok);
            if (ok && seconds > 0)
                return TimeParser::fromUnixSeconds(seconds);
        }
    }
    return {};
}

std::optional<qint64> scoreIn(Node node)
{
    bool ok = false;
    QString text = Tree::text(node).trimmed();
    text.remove(QLatin1Char(','));
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QString metaContent(Node root, const char *property)
{
    const QString wanted = QString::fromLatin1(property);
    const Node meta = Tree::find(root, [&](Node n) {
        return Tree::hasTag(n, "meta") &&
               (Tree::attribute(n, "property") == wanted || Tree::attribute(n, "name") == wanted);
    });
    return Tree::attribute(meta, "content").trimmed();
}

QUrl pageUrl(Node root)
{
    const Node canonical = Tree::find(root, [](Node n) {
        return Tree::hasTag(n, "link") && Tree::attribute(n, "rel")
                                              .split(QLatin1Char(' '))
                                              .contains(QLatin1String("canonical"));
    });
    QUrl url(Tree::attribute(canonical, "href").trimmed());
    if (!url.isValid() || url.host().isEmpty())
        url = QUrl(metaContent(root, "og:url"));
    if (!url.isValid() || url.host().isEmpty())
        return {};
    return url;
}

QString postIdFromUrl(const QUrl &url)
{
    static const QRegularExpression pattern(QStringLiteral("/post/(\\d+)(?:/|$)"));
    const auto match = pattern.match(url.path());
    return match.hasMatch() ? match.captured(1) : QString();
}

QString kindForHost(QString host)
{
    host = host.toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    if (host.isEmpty())
        return QStringLiteral("rdrama-html");
    if (host == QLatin1String("themotte.org") || host.endsWith(QLatin1String(".themotte.org")))
        return QStringLiteral("themotte");
    return host;
}

// The submission block: #post-{id}.
Node postBlock(Node root)
{
    return Tree::find(root, [](Node n) { return !idNumber(n, QStringLiteral("post-")).isEmpty(); });
}

// The submission block with #post-title, .user-name and #post-text inside.
void readPost(Node root, ThreadDocument &doc)
{
    const Node post = postBlock(root);
    const QString postId = idNumber(post, QStringLiteral("post-"));
    if (doc.sourceId.isEmpty())
        doc.sourceId = postId;
    const Node scope = post ? post : root;
    const Node title = byId(scope, QStringLiteral("post-title"));
    doc.title = Tree::text(title ? title : byId(root, QStringLiteral("post-title"))).simplified();
    if (doc.title.isEmpty()) {
        // The page's <title> is "{title} - {site}".
        const Node pageTitle = Tree::find(root, [](Node n) { return Tree::hasTag(n, "title"); });
        const QString text = Tree::text(pageTitle).simplified();
        const qsizetype dash = text.lastIndexOf(QLatin1String(" - "));
        doc.title = dash > 0 ? text.left(dash) : text;
    }
    const Node titleLink =
        title ? Tree::find(title, [](Node n) { return Tree::hasTag(n, "a"); }) : nullptr;
    const QString href = Tree::attribute(titleLink, "href");
    if (href.startsWith(QLatin1String("http")))
        doc.linkUrl = QUrl(href);
    if (post) {
        const Node meta =
            Tree::find(post, [](Node n) { return Tree::hasClass(n, QStringLiteral("post-meta")); });
        const Node name = Tree::find(meta ? meta : post, [](Node n) {
            return Tree::hasClass(n, QStringLiteral("user-name"));
        });
        doc.author = Tree::text(name).trimmed();
        if (!postId.isEmpty())
            doc.score = scoreIn(byId(post, QStringLiteral("post-score-") + postId));
    }
    if (doc.author.isEmpty()) {
        QString author = metaContent(root, "og:article:author");
        if (author.startsWith(QLatin1Char('@')))
            author = author.mid(1);
        doc.author = author;
    }
    doc.created = TimeParser::fromIso8601(metaContent(root, "article:published_time"));
    const Node text = byId(scope, QStringLiteral("post-text"));
    if (text) {
        const SanitizedHtml body = HtmlSanitizer::sanitize(Tree::innerHtml(text));
        doc.bodyHtml = body.html;
        doc.bodyText = body.text;
    }
}

// The id of the comment whose #replies-of-{id} is the nearest one around node; empty for
// a reply to the post. Walks parent pointers, no recursion.
QString parentOf(Node comment)
{
    for (Node up = Tree::parent(comment); Tree::isElement(up); up = Tree::parent(up)) {
        const QString id = idNumber(up, QStringLiteral("replies-of-"));
        if (!id.isEmpty())
            return id;
        // A stub's parent comment when the replies holder lost its id: the enclosing comment.
        if (isComment(up))
            return idNumber(up, QStringLiteral("comment-"));
    }
    return {};
}

// What the page shows of one comment: its fields, and the element holding its text (null
// for a stub: deleted, removed, or hidden from the saving reader).
struct CommentMarkup
{
    Comment comment;
    Node text = nullptr;
    bool blocked = false; // the saving reader blocked its author: the page left it out
};

// A comment shown with its text: the page marks a removed or deleted one by a class.
CommentState shownState(Node only)
{
    if (Tree::hasClass(only, QStringLiteral("banned")))
        return CommentState::Removed;
    if (Tree::hasClass(only, QStringLiteral("deleted")))
        return CommentState::Deleted;
    return CommentState::Normal;
}

// A stub: "Deleted by author", "removed by @reason" or a blocked user's comment.
void readStub(Node scope, CommentMarkup &markup)
{
    const QString info = Tree::text(scope).simplified();
    if (info.contains(QLatin1String("Deleted by author"), Qt::CaseInsensitive))
        markup.comment.state = CommentState::Deleted;
    else if (info.contains(QLatin1String("removed by"), Qt::CaseInsensitive))
        markup.comment.state = CommentState::Removed;
    else if (info.contains(QLatin1String("blocking"), Qt::CaseInsensitive))
        markup.blocked = true;
}

// node: a div#comment-{id}.comment.
CommentMarkup readComment(Node node)
{
    const QString id = idNumber(node, QStringLiteral("comment-"));
    CommentMarkup markup;
    Comment &comment = markup.comment;
    comment.sourceId = id;
    Node only = byId(node, QStringLiteral("comment-%1-only").arg(id));
    if (!only) // the page's linked comment is #context instead
        only = byId(node, QStringLiteral("context"));
    const Node scope = only ? only : node;
    const Node name =
        Tree::find(scope, [](Node n) { return Tree::hasClass(n, QStringLiteral("user-name")); });
    comment.author = Tree::text(name).trimmed();
    comment.created = handlerTime(byId(scope, QStringLiteral("timestamp-") + id));
    if (const Node edit = byId(scope, QStringLiteral("time-edit-") + id)) {
        comment.wasEdited = true;
        comment.edited = handlerTime(edit);
    }
    comment.score = scoreIn(byId(node, QStringLiteral("comment-score-") + id));
    markup.text = byId(scope, QStringLiteral("comment-text-") + id);
    if (markup.text)
        comment.state = shownState(only);
    else
        readStub(scope, markup);
    return markup;
}

// A "More comments" link for the replies of comment `of` (where the template's depth limit
// stops, linking to the comment's own page for the rest) as a placeholder.
Comment moreStub(Node node, const QString &of)
{
    static const QRegularExpression count(QStringLiteral("(\\d+)"));
    Comment placeholder;
    placeholder.sourceId = QStringLiteral("rdrama:more-") + of;
    const auto match = count.match(Tree::text(node));
    bool ok = false;
    const qint64 n = match.hasMatch() ? match.captured(1).toLongLong(&ok) : 0;
    // 0: the stub does not say how many replies it stands for.
    placeholder.notSavedReplies =
        ok ? int(qBound(qint64(0), n, qint64(std::numeric_limits<int>::max()))) : 0;
    return placeholder;
}

// A reply whose parent is not on the page (the save cut it off) hangs under the post.
// Returns how many did.
int adoptOrphans(std::vector<LinkedComment> &linked)
{
    QSet<QString> ids;
    for (const LinkedComment &link : linked)
        ids.insert(link.comment.sourceId);
    int orphans = 0;
    for (LinkedComment &link : linked) {
        if (!link.parentSourceId.isEmpty() && !ids.contains(link.parentSourceId)) {
            link.parentSourceId.clear();
            ++orphans;
        }
    }
    return orphans;
}

// What the page lacked or hid that the import report should mention.
struct CommentTally
{
    int noTime = 0, blocked = 0, orphans = 0;

    QStringList warnings() const
    {
        QStringList warnings;
        if (noTime > 0)
            warnings << QStringLiteral("no timestamp handler for %1 of the comments; their "
                                       "times are unset")
                            .arg(noTime);
        if (orphans > 0)
            warnings << QStringLiteral("%1 of the comments reply to a comment the page does not "
                                       "have; shown as replies to the post")
                            .arg(orphans);
        if (blocked > 0)
            warnings << QStringLiteral("%1 of the comments were hidden from the saving reader "
                                       "(blocked user); kept without text")
                            .arg(blocked);
        return warnings;
    }
};

// Gathers the page's comments and stubs, met in document order, as parent links.
class CommentReader
{
public:
    void visit(Node node)
    {
        if (isComment(node))
            addComment(node);
        else if (const QString of = idNumber(node, QStringLiteral("morecomment-")); !of.isEmpty())
            addMore(node, of);
        else if (Tree::attribute(node, "id") == QLatin1String("load-more-button"))
            m_gaps.add(QStringLiteral("\"Load more comments\" button")); // no number for the rest
    }

    bool empty() const { return m_linked.empty(); }

    // Every comment met, orphans adopted, bodies sanitized.
    std::vector<LinkedComment> take()
    {
        m_tally.orphans = adoptOrphans(m_linked);
        m_bodies.finishInto(m_linked); // before arrange() reorders them
        return std::move(m_linked);
    }

    // After take().
    QStringList warnings() const { return m_tally.warnings(); }
    const SaveGapsTally &gaps() const { return m_gaps; }

private:
    void addComment(Node node)
    {
        CommentMarkup markup = readComment(node);
        if (markup.text) // sanitized in take()
            m_bodies.add(qsizetype(m_linked.size()), Tree::innerHtml(markup.text));
        if (markup.blocked)
            ++m_tally.blocked;
        if (!markup.comment.created.isValid() && markup.comment.state == CommentState::Normal)
            ++m_tally.noTime;
        m_linked.push_back({std::move(markup.comment), parentOf(node)});
    }

    void addMore(Node node, const QString &of)
    {
        Comment placeholder = moreStub(node, of);
        m_gaps.add(QStringLiteral("\"More comments\" link"), *placeholder.notSavedReplies);
        m_linked.push_back({std::move(placeholder), of});
    }

    std::vector<LinkedComment> m_linked;
    CommentTally m_tally;
    SaveGapsTally m_gaps;
    // Sanitizes the comments' HTML on other cores while the page is walked (issue #8).
    ParallelSanitizer m_bodies;
};

} // namespace

QString RdramaHtmlImporter::formatName() const
{
    return QStringLiteral("rdrama-html");
}

int RdramaHtmlImporter::detect(const ImportSource &source) const
{
    if (!source.head(1024).trimmed().startsWith('<'))
        return 0;
    const QByteArrayView data(source.data);
    const bool commentText = data.contains("id=\"comment-text-");
    const bool replies = data.contains("id=\"replies-of-");
    const bool handler = data.contains("timestamp('timestamp-");
    int confidence = 0;
    if (commentText && (replies || handler))
        confidence += 70;
    else if (data.contains("id=\"post-title\"") && data.contains("id=\"post-text\""))
        confidence += 30;
    else
        return 0;
    const QByteArrayView head = source.head(16384);
    if (head.contains("themotte.org") || head.contains("rdrama"))
        confidence += 20;
    return qMin(confidence, 90);
}

namespace {

// The page's own fields, from the tree holding its head and post.
void readPage(Node root, ThreadDocument &doc)
{
    doc.url = pageUrl(root);
    doc.sourceKind = kindForHost(doc.url.host());
    doc.site = doc.url.host().toLower();
    doc.sourceId = postIdFromUrl(doc.url);
    readPost(root, doc);
}

// The page parsed whole: gumbo's tree is about ten times the page.
void readWholePage(const QByteArray &page, ThreadDocument &doc, CommentReader &reader)
{
    const GumboTree tree(page);
    readPage(tree.root(), doc);
    for (Node node : GumboTree::elements(tree.root()))
        reader.visit(node);
}

// What readPieces() calls once the page's own fields are read, before its comments: a
// streamed import begins its thread there, so that a thread the library has already is
// refused before the comments are parsed. False stops the reading.
using HeadRead = std::function<bool(const ThreadDocument &head)>;

// The same from the page's pieces, one tree of a few hundred comments at a time (issue
// 17: peak memory near the page's size). False when a piece is not certain, or the
// skeleton's elements are not in the order of the page: then parse it whole. The page's
// bytes are read front to back once: `passed` is told what is behind.
bool readPieces(const QByteArray &page, const RdramaPagePieces &pieces, ThreadDocument &doc,
                CommentReader &reader, const HeadRead &headRead, PassedPages &passed)
{
    const GumboTree skeleton(pieces.skeleton());
    const Node root = skeleton.root();
    // The post's own queries search its subtree: it must not hold the pieces.
    if (const Node post = postBlock(root)) {
        const auto [begin, end] = Tree::sourceRange(post);
        if (begin < 0 || (begin < pieces.cut() && end > pieces.cut()))
            return false;
    }
    readPage(root, doc);
    // The skeleton's elements before the cut come before the pieces in the page's
    // document order, the rest after them.
    const std::vector<Node> elements = GumboTree::elements(root);
    const auto firstAfter = std::find_if(elements.begin(), elements.end(), [&](Node n) {
        return Tree::startOffset(n) >= pieces.cut();
    });
    const bool inOrder = std::none_of(firstAfter, elements.end(), [&](Node n) {
        const qsizetype at = Tree::startOffset(n);
        return at >= 0 && at < pieces.cut();
    });
    if (!inOrder || !headRead(doc))
        return false;
    std::for_each(elements.begin(), firstAfter, [&](Node n) { reader.visit(n); });
    for (const RdramaPagePieces::Range &range : pieces.pieces()) {
        const std::unique_ptr<GumboTree> piece = RdramaPagePieces::parsePiece(page, range);
        if (!piece)
            return false;
        // The piece's tree holds a copy of its bytes, the skeleton's is a copy too.
        passed.passedTo(size_t(range.end));
        for (Node node : RdramaPagePieces::pieceElements(*piece))
            reader.visit(node);
    }
    std::for_each(firstAfter, elements.end(), [&](Node n) { reader.visit(n); });
    return true;
}

// What parse() says of a page read without comment markup or post id.
std::optional<Error> missingMarkup(const CommentReader &reader, const ThreadDocument &doc)
{
    if (reader.empty() && doc.sourceId.isEmpty())
        return Error::of(QStringLiteral("no rDrama comment markup found (no "
                                        "div#comment-{id}.comment, no #post-{id})"))
            .at(QStringLiteral("the page's comments"));
    if (doc.sourceId.isEmpty())
        return Error::of(QStringLiteral("no post id: neither a /post/{id}/ URL nor a #post-{id} "
                                        "submission block"))
            .at(QStringLiteral("the submission block"));
    return std::nullopt;
}

// The comments read, arranged into the document, with what the page lacked.
Result<void> finishDocument(CommentReader &reader, ThreadDocument &doc)
{
    std::vector<LinkedComment> linked = reader.take();
    doc.warnings << reader.warnings();
    auto comments = CommentTree::arrange(std::move(linked));
    if (!comments)
        return comments.error();
    doc.comments = std::move(comments.value());
    reader.gaps().writeInto(doc);
    return {};
}

} // namespace

Result<std::vector<ThreadDocument>> RdramaHtmlImporter::parse(const ImportSource &source) const
{
    const auto inContext = errorContext(source);
    ThreadDocument doc;
    auto reader = std::make_unique<CommentReader>();
    const std::optional<RdramaPagePieces> pieces = RdramaPagePieces::split(source.data);
    PassedPages keepsEveryPage;
    if (!pieces || !readPieces(
                       source.data, *pieces, doc, *reader,
                       [](const ThreadDocument &) { return true; }, keepsEveryPage)) {
        doc = ThreadDocument();
        reader = std::make_unique<CommentReader>();
        readWholePage(source.data, doc, *reader);
    }
    if (const std::optional<Error> missing = missingMarkup(*reader, doc))
        return inContext(*missing);
    if (auto finished = finishDocument(*reader, doc); !finished)
        return inContext(finished.error());
    return oneThread(std::move(doc));
}

Result<void> RdramaHtmlImporter::stream(ImportSource &source, CommentSink &sink) const
{
    // Only a page read in pieces streams; any other (a page of another shape, a piece not
    // certain, markup missing) fails here, and parse() reads it whole and says what is
    // wrong, as before.
    const auto inContext = errorContext(source);
    const std::optional<RdramaPagePieces> pieces = RdramaPagePieces::split(source.data);
    if (!pieces)
        return inContext(Error::of(QStringLiteral("the page is not one read in pieces")));
    // The walk gives the file's pages back as it passes them (issue 17, round 6): at the
    // walk's end the page's bytes and every comment read from them were resident, the
    // import's peak. A failure reads the file again (parse()).
    QByteArray page = source.data;
    if (source.canReadAgain)
        source.data = QByteArray();
    PassedPages passed(source.canReadAgain && page.isDetached() ? page.data() : nullptr);
    ThreadDocument doc;
    CommentReader reader;
    std::optional<Error> refused;
    const bool read = readPieces(
        page, *pieces, doc, reader,
        [&](const ThreadDocument &head) {
            if (head.sourceId.isEmpty())
                return false;
            if (auto begun = sink.beginThread(head); !begun)
                refused = begun.error();
            return !refused;
        },
        passed);
    if (refused)
        return *refused;
    if (!read)
        return inContext(Error::of(QStringLiteral("a piece of the page is not certain")));
    page = QByteArray();
    if (const std::optional<Error> missing = missingMarkup(reader, doc))
        return inContext(*missing);
    if (auto finished = finishDocument(reader, doc); !finished)
        return inContext(finished.error());
    // Each comment's strings go with it: what is saved is freed as the save goes.
    std::vector<Comment> comments = std::move(doc.comments);
    doc.comments.clear();
    for (Comment &comment : comments) {
        if (auto added = sink.addComment(std::move(comment)); !added)
            return added.error();
    }
    return sink.endThread(doc);
}

} // namespace Scholia
