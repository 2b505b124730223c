#include "oldreddithtmlimporter.h"

#include "core/commenttree.h"
#include "html/gumbotree.h"
#include "html/htmlsanitizer.h"
#include "import/importsource.h"
#include "import/savegapstally.h"
#include "import/timeparser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <limits>

namespace Scholia {

namespace {

using Node = GumboTree::Node;
using Tree = GumboTree;

const QString redditOrigin = QStringLiteral("https://www.reddit.com");

// Null-safe: a page may lack any of the parts looked for.
Node findIn(Node under, const std::function<bool(Node)> &matches)
{
    return under ? Tree::find(under, matches) : nullptr;
}

QString textOf(Node node)
{
    return node ? Tree::text(node) : QString();
}

Node byClass(Node under, const QString &className)
{
    return findIn(under, [&](Node n) { return Tree::hasClass(n, className); });
}

bool isThing(Node node, const char *kind)
{
    return Tree::hasTag(node, "div") && Tree::hasClass(node, QStringLiteral("thing")) &&
           Tree::hasClass(node, QString::fromLatin1(kind));
}

bool isComment(Node node)
{
    return isThing(node, "comment");
}

bool isMoreChildren(Node node)
{
    return Tree::hasTag(node, "div") && Tree::hasClass(node, QStringLiteral("morechildren"));
}

// Reddit's depth limit: the page links on ("continue this thread") to a comment's replies
// it does not hold, with no number for them (r2's morerecursion template).
bool isDeepThread(Node node)
{
    return Tree::hasClass(node, QStringLiteral("deepthread"));
}

// "t1_abc" → "abc"
QString withoutKindPrefix(const QString &fullname)
{
    const qsizetype underscore = fullname.indexOf(QLatin1Char('_'));
    return underscore >= 0 ? fullname.mid(underscore + 1) : fullname;
}

// The thing's own .entry: a direct child, so nothing of its replies is read.
Node ownEntry(Node thing)
{
    for (Node child : Tree::childElements(thing)) {
        if (Tree::hasClass(child, QStringLiteral("entry")))
            return child;
    }
    return nullptr;
}

Node nearestEnclosingComment(Node node)
{
    for (Node up = Tree::parent(node); Tree::isElement(up); up = Tree::parent(up)) {
        if (isComment(up))
            return up;
    }
    return nullptr;
}

SanitizedHtml bodyIn(Node usertextBody)
{
    const Node md = byClass(usertextBody, QStringLiteral("md"));
    if (!md)
        return {};
    const QString html = Tree::innerHtml(md);
    return html.trimmed().isEmpty() ? SanitizedHtml{} : HtmlSanitizer::sanitize(html);
}

// The .score.unvoted element's title ("5"), else its text ("5 points").
std::optional<qint64> scoreIn(Node under)
{
    const Node score = findIn(under, [](Node n) {
        return Tree::hasClass(n, QStringLiteral("score")) &&
               Tree::hasClass(n, QStringLiteral("unvoted"));
    });
    if (!score)
        return std::nullopt;
    bool ok = false;
    qint64 value = Tree::attribute(score, "title").trimmed().toLongLong(&ok);
    if (!ok)
        value = textOf(score).trimmed().section(QLatin1Char(' '), 0, 0).toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QDateTime createdIn(Node tagline)
{
    const Node time = findIn(tagline, [](Node n) {
        return Tree::hasTag(n, "time") && Tree::hasAttribute(n, "datetime") &&
               !Tree::hasClass(n, QStringLiteral("edited-timestamp"));
    });
    return TimeParser::fromIso8601(Tree::attribute(time, "datetime"));
}

QString authorOf(Node thing, Node tagline)
{
    const QString author = Tree::attribute(thing, "data-author").trimmed();
    if (!author.isEmpty())
        return author;
    if (const Node link = byClass(tagline, QStringLiteral("author")))
        return textOf(link).trimmed();
    return Tree::hasClass(thing, QStringLiteral("deleted")) ? QStringLiteral("[deleted]")
                                                            : QString();
}

QUrl permalinkOf(Node thing)
{
    const QString permalink = Tree::attribute(thing, "data-permalink");
    if (permalink.isEmpty())
        return {};
    if (permalink.startsWith(QLatin1String("http")))
        return QUrl(permalink);
    return QUrl(redditOrigin + permalink);
}

Result<ThreadDocument> readPost(Node post)
{
    const QString fullname = Tree::attribute(post, "data-fullname");
    if (!fullname.startsWith(QLatin1String("t3_")) || fullname.size() <= 3)
        return Error::of(QStringLiteral("the post's div.thing.link has no data-fullname \"t3_…\" "
                                        "(found \"%1\")")
                             .arg(fullname))
            .at(QStringLiteral("div.thing.link"));
    ThreadDocument doc;
    doc.sourceKind = QStringLiteral("reddit");
    doc.sourceId = fullname.mid(3);
    const QString subreddit = Tree::attribute(post, "data-subreddit");
    doc.site = subreddit.isEmpty() ? QStringLiteral("reddit.com")
                                   : QStringLiteral("reddit.com/r/") + subreddit;
    doc.url = permalinkOf(post);
    bool counted = false;
    const int total = Tree::attribute(post, "data-comments-count").trimmed().toInt(&counted);
    if (counted && total >= 0)
        doc.gaps.siteTotal = total;
    const Node entry = ownEntry(post);
    const Node tagline = byClass(entry ? entry : post, QStringLiteral("tagline"));
    doc.author = authorOf(post, tagline);
    doc.created = createdIn(tagline);
    doc.score = scoreIn(post);
    const Node title = findIn(post, [](Node n) {
        return Tree::hasTag(n, "a") && Tree::hasClass(n, QStringLiteral("title"));
    });
    doc.title = textOf(title).trimmed();
    if (!Tree::hasClass(post, QStringLiteral("self"))) {
        QString link = Tree::attribute(post, "data-url");
        if (link.isEmpty())
            link = Tree::attribute(title, "href");
        if (link.startsWith(QLatin1String("http")))
            doc.linkUrl = QUrl(link);
    }
    const Node expando = byClass(post, QStringLiteral("expando"));
    if (const Node body = byClass(expando, QStringLiteral("usertext-body"))) {
        const SanitizedHtml html = bodyIn(body);
        doc.bodyHtml = html.html;
        doc.bodyText = html.text;
    }
    return doc;
}

Comment readComment(Node thing)
{
    Comment comment;
    comment.sourceId = withoutKindPrefix(Tree::attribute(thing, "data-fullname"));
    comment.url = permalinkOf(thing);
    const Node entry = ownEntry(thing);
    if (!entry) {
        comment.author = authorOf(thing, nullptr);
    } else {
        const Node tagline = byClass(entry, QStringLiteral("tagline"));
        comment.author = authorOf(thing, tagline);
        comment.created = createdIn(tagline);
        const Node edited = findIn(tagline, [](Node n) {
            return Tree::hasTag(n, "time") && Tree::hasClass(n, QStringLiteral("edited-timestamp"));
        });
        if (edited) {
            comment.wasEdited = true;
            comment.edited = TimeParser::fromIso8601(Tree::attribute(edited, "datetime"));
        }
        comment.score = scoreIn(tagline);
        const SanitizedHtml body = bodyIn(byClass(entry, QStringLiteral("usertext-body")));
        comment.bodyHtml = body.html;
        comment.bodyText = body.text;
    }
    const QString text = comment.bodyText.trimmed();
    if (text == QLatin1String("[removed]"))
        comment.state = CommentState::Removed;
    else if (Tree::hasClass(thing, QStringLiteral("deleted")) ||
             comment.author == QLatin1String("[deleted]") || text == QLatin1String("[deleted]"))
        comment.state = CommentState::Deleted;
    return comment;
}

// "load more comments (12 replies)" → 12; 0 when the stub does not say.
int moreCount(Node stub)
{
    static const QRegularExpression pattern(QStringLiteral("\\((\\d+)\\s+repl"));
    const auto match = pattern.match(textOf(stub));
    if (!match.hasMatch())
        return 0;
    const qint64 count = match.captured(1).toLongLong();
    return int(qBound(qint64(0), count, qint64(std::numeric_limits<int>::max())));
}

// Collects the comments and stubs, in document order, as parent links.
class CommentWalk
{
public:
    explicit CommentWalk(const QString &postId) : m_postId(postId) {}

    void run(Node root)
    {
        // Explicit stack: deep reply chains must not cost call depth.
        std::vector<Node> stack{root};
        while (!stack.empty()) {
            const Node node = stack.back();
            stack.pop_back();
            if (isComment(node)) {
                addComment(node);
            } else if (isMoreChildren(node)) {
                const int count = moreCount(node);
                addPlaceholder(node, count);
                m_gaps.add(QStringLiteral("\"load more comments\" stub"), count);
                continue; // a stub holds no comments
            } else if (isDeepThread(node)) {
                addPlaceholder(node, 0);
                m_gaps.add(QStringLiteral("\"continue this thread\" link"));
                continue;
            }
            const std::vector<Node> children = Tree::childElements(node);
            for (auto it = children.rbegin(); it != children.rend(); ++it)
                stack.push_back(*it);
        }
    }

    QStringList warnings() const
    {
        QStringList warnings;
        if (m_missingIds > 0)
            warnings << QStringLiteral("no data-fullname on %1 of the comments; named after "
                                       "the comment before")
                            .arg(m_missingIds);
        return warnings;
    }

    std::vector<LinkedComment> take() { return std::move(m_linked); }
    const SaveGapsTally &gaps() const { return m_gaps; }

private:
    QString parentIdOf(Node node) const
    {
        const Node parent = nearestEnclosingComment(node);
        return parent ? m_ids.value(parent) : QString();
    }

    QString unique(const QString &base)
    {
        QString id = base;
        for (int n = 2; m_seen.contains(id); ++n)
            id = base + QStringLiteral(":%1").arg(n);
        m_seen.insert(id);
        return id;
    }

    void addComment(Node thing)
    {
        Comment comment = readComment(thing);
        if (comment.sourceId.isEmpty()) {
            ++m_missingIds;
            comment.sourceId = QStringLiteral("old-reddit-html:after-") +
                               (m_linked.empty() ? m_postId : m_linked.back().comment.sourceId);
        }
        comment.sourceId = unique(comment.sourceId);
        m_ids.insert(thing, comment.sourceId);
        const QString parentId = parentIdOf(thing);
        m_linked.push_back({std::move(comment), parentId});
    }

    // As the Reddit JSON importer names its stubs, so that the two saves merge.
    void addPlaceholder(Node stub, int notSavedReplies)
    {
        const QString parentId = parentIdOf(stub);
        Comment placeholder;
        placeholder.sourceId =
            unique(QStringLiteral("more:") + (parentId.isEmpty() ? m_postId : parentId));
        placeholder.notSavedReplies = notSavedReplies;
        m_linked.push_back({std::move(placeholder), parentId});
    }

    const QString m_postId;
    std::vector<LinkedComment> m_linked;
    QHash<Node, QString> m_ids;
    QSet<QString> m_seen;
    int m_missingIds = 0;
    SaveGapsTally m_gaps;
};

} // namespace

QString OldRedditHtmlImporter::formatName() const
{
    return QStringLiteral("old-reddit-html");
}

int OldRedditHtmlImporter::detect(const ImportSource &source) const
{
    const QByteArrayView head = source.head(65536);
    if (!head.trimmed().startsWith('<'))
        return 0;
    int confidence = 0;
    if (head.contains("old.reddit.com"))
        confidence += 30;
    if (head.contains("data-fullname=\"t3_"))
        confidence += 40;
    if (head.contains("class=\"thing") || head.contains("class=\" thing") ||
        head.contains(" thing id-t3_"))
        confidence += 25;
    return qMin(confidence, 95);
}

Result<std::vector<ThreadDocument>> OldRedditHtmlImporter::parse(const ImportSource &source) const
{
    const auto inContext = errorContext(source);
    const GumboTree tree(source.data);
    const Node post = findIn(tree.root(), [](Node n) { return isThing(n, "link"); });
    if (!post)
        return inContext(
            Error::of(QStringLiteral("no old.reddit comments page: no div.thing.link found"))
                .at(QStringLiteral("div.thing.link")));
    auto doc = readPost(post);
    if (!doc)
        return inContext(doc.error());
    CommentWalk walk(doc->sourceId);
    walk.run(tree.root());
    doc->warnings << walk.warnings();
    auto comments = CommentTree::arrange(walk.take());
    if (!comments)
        return inContext(comments.error());
    doc->comments = std::move(comments.value());
    walk.gaps().writeInto(*doc);
    return oneThread(std::move(doc.value()));
}

} // namespace Scholia
