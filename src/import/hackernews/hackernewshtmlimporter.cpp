#include "hackernewshtmlimporter.h"

#include "core/commenttree.h"
#include "hackernewsthread.h"
#include "html/gumbotree.h"
#include "import/importsource.h"
#include "import/timeparser.h"

#include <QRegularExpression>

namespace Scholia {

namespace {

using Node = GumboTree::Node;
using Tree = GumboTree;

// HN indents each level by a 40-pixel spacer image.
constexpr int pixelsPerLevel = 40;

QString itemIdFromHref(const QString &href)
{
    static const QRegularExpression pattern(QStringLiteral("(?:^|/)item\\?id=(\\d+)"));
    const auto match = pattern.match(href);
    return match.hasMatch() ? match.captured(1) : QString();
}

Node byClass(Node under, const QString &className)
{
    return Tree::find(under, [&](Node n) { return Tree::hasClass(n, className); });
}

// "2023-11-01T12:00:00 1698840000" (today's .age title) or plain ISO.
QDateTime ageTime(Node under)
{
    const Node age = byClass(under, QStringLiteral("age"));
    const QString title = Tree::attribute(age, "title");
    if (title.isEmpty())
        return {};
    return TimeParser::fromIso8601(title.section(QLatin1Char(' '), 0, 0));
}

QString authorIn(Node under)
{
    if (const Node user = byClass(under, QStringLiteral("hnuser")))
        return Tree::text(user).trimmed();
    const Node head = byClass(under, QStringLiteral("comhead"));
    const Node link = Tree::find(head ? head : under, [](Node n) {
        return Tree::hasTag(n, "a") &&
               Tree::attribute(n, "href").contains(QLatin1String("user?id="));
    });
    return link ? Tree::text(link).trimmed() : QString();
}

// A comment's row: the tr whose cells are indent, vote arrows and td.default.
bool isCommentRow(Node node)
{
    if (!Tree::hasTag(node, "tr"))
        return false;
    for (Node cell : Tree::childElements(node)) {
        if (Tree::hasTag(cell, "td") && Tree::hasClass(cell, QStringLiteral("default")) &&
            byClass(cell, QStringLiteral("comhead")))
            return true;
    }
    return false;
}

QString commentId(Node row)
{
    for (Node up = Tree::parent(row); Tree::isElement(up); up = Tree::parent(up)) {
        if (Tree::hasTag(up, "tr") && Tree::hasClass(up, QStringLiteral("athing")) &&
            Tree::hasAttribute(up, "id"))
            return Tree::attribute(up, "id");
    }
    const Node vote = Tree::find(
        row, [](Node n) { return Tree::attribute(n, "id").startsWith(QLatin1String("up_")); });
    if (vote)
        return Tree::attribute(vote, "id").mid(3);
    const Node link = Tree::find(byClass(row, QStringLiteral("comhead")), [](Node n) {
        return !itemIdFromHref(Tree::attribute(n, "href")).isEmpty();
    });
    return link ? itemIdFromHref(Tree::attribute(link, "href")) : QString();
}

int depthOf(Node row)
{
    const Node ind = byClass(row, QStringLiteral("ind"));
    bool ok = false;
    const int indent = Tree::attribute(ind, "indent").toInt(&ok);
    if (ok)
        return qMax(0, indent);
    // Older pages: the first cell's spacer image says it by its width.
    const std::vector<Node> cells = Tree::childElements(row);
    const Node first = ind ? ind : (cells.empty() ? nullptr : cells.front());
    const Node image =
        first ? Tree::find(first, [](Node n) { return Tree::hasTag(n, "img"); }) : nullptr;
    return qMax(0, Tree::attribute(image, "width").toInt() / pixelsPerLevel);
}

// The comment's markup as the page's source has it. HN's own markup leaves a <p> open
// inside span.comment / span.commtext, so a parser (a browser too) ignores the </span>
// and pulls the reply link and the row's trailer into the element; comment text holds
// only p, i, a, pre and code, so the first end tag of the element's name ends it.
QString bodyMarkup(Node body, const QByteArray &html)
{
    const qsizetype start = Tree::contentStart(body);
    const QString tag = Tree::tagName(body);
    if (start >= 0 && !tag.isEmpty()) {
        const QByteArray endTag = "</" + tag.toLatin1();
        const qsizetype end = QByteArrayView(html).sliced(start).indexOf(endTag);
        if (end >= 0)
            return QString::fromUtf8(html.mid(start, end));
    }
    return Tree::innerHtml(body);
}

struct RowReading
{
    Comment comment;
    int depth = 0;
    bool exactTime = false;
};

RowReading readRow(Node row, const QByteArray &html)
{
    RowReading reading;
    Comment &comment = reading.comment;
    comment.author = authorIn(row);
    comment.created = ageTime(row);
    reading.exactTime = comment.created.isValid();
    reading.depth = depthOf(row);
    Node body = byClass(row, QStringLiteral("commtext"));
    if (!body)
        body = Tree::find(row, [](Node n) {
            return Tree::hasTag(n, "span") && Tree::hasClass(n, QStringLiteral("comment"));
        });
    const SanitizedHtml sanitized =
        body ? HackerNewsThread::body(bodyMarkup(body, html)) : SanitizedHtml{};
    const QString head = Tree::text(byClass(row, QStringLiteral("comhead")));
    const QString bodyText = sanitized.text.trimmed();
    const auto says = [&](const char *mark) {
        const QString m = QString::fromLatin1(mark);
        return head.contains(m) || bodyText == m;
    };
    if (says("[deleted]"))
        comment.state = CommentState::Deleted;
    else if (says("[flagged]") || says("[dead]"))
        comment.state = CommentState::Removed;
    // "[deleted]" is the site's stand-in, not the comment's text.
    if (!(comment.state == CommentState::Deleted && bodyText == QLatin1String("[deleted]"))) {
        comment.bodyHtml = sanitized.html;
        comment.bodyText = sanitized.text;
    }
    return reading;
}

QString storyId(Node root)
{
    if (const Node submission = Tree::find(root, [](Node n) {
            return Tree::hasTag(n, "tr") && Tree::hasClass(n, QStringLiteral("athing")) &&
                   !Tree::hasClass(n, QStringLiteral("comtr")) && Tree::hasAttribute(n, "id");
        }))
        return Tree::attribute(submission, "id");
    // Older pages: the story's score span is "score_N".
    if (const Node score = Tree::find(root, [](Node n) {
            return Tree::attribute(n, "id").startsWith(QLatin1String("score_"));
        }))
        return Tree::attribute(score, "id").mid(6);
    if (const Node subtext = byClass(root, QStringLiteral("subtext"))) {
        if (const Node link = Tree::find(subtext, [](Node n) {
                return !itemIdFromHref(Tree::attribute(n, "href")).isEmpty();
            }))
            return itemIdFromHref(Tree::attribute(link, "href"));
    }
    return {};
}

Node storyBody(Node root, Node subtext)
{
    if (const Node toptext = byClass(root, QStringLiteral("toptext")))
        return toptext;
    // Older pages: the text sits in the second cell of a row after the subtext's row.
    Node row = Tree::parent(subtext);
    Node grid = Tree::parent(row);
    if (!Tree::hasTag(row, "tr") || !grid)
        return nullptr;
    const std::vector<Node> rows = Tree::childElements(grid);
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] != row)
            continue;
        for (size_t j = i + 1; j < rows.size() && j <= i + 3; ++j) {
            const std::vector<Node> cells = Tree::childElements(rows[j]);
            if (cells.size() == 2 &&
                !Tree::find(cells[1], [](Node n) { return Tree::hasTag(n, "form"); }) &&
                !Tree::text(cells[1]).trimmed().isEmpty())
                return cells[1];
        }
    }
    return nullptr;
}

Result<ThreadDocument> readStory(Node root)
{
    const QString id = storyId(root);
    if (id.isEmpty())
        return Error::of(
                   QStringLiteral(
                       "the page shows no story (no .athing row, no score_N, no subtext link)"))
            .at(QStringLiteral("the story's row"));
    ThreadDocument doc = HackerNewsThread::forStory(id);
    Node titleLink = Tree::find(root, [](Node n) {
        return Tree::hasTag(n, "a") &&
               (Tree::hasClass(n, QStringLiteral("storylink")) ||
                Tree::hasClass(Tree::parent(n), QStringLiteral("titleline")));
    });
    if (!titleLink) {
        const Node titleCell = Tree::find(root, [](Node n) {
            return Tree::hasTag(n, "td") && Tree::hasClass(n, QStringLiteral("title")) &&
                   Tree::find(n, [](Node a) { return Tree::hasTag(a, "a"); });
        });
        titleLink = Tree::find(titleCell, [](Node n) { return Tree::hasTag(n, "a"); });
    }
    doc.title = Tree::text(titleLink).trimmed();
    const QString href = Tree::attribute(titleLink, "href");
    if (href.startsWith(QLatin1String("http")))
        doc.linkUrl = QUrl(href);
    const Node subtext = byClass(root, QStringLiteral("subtext"));
    if (subtext) {
        doc.author = authorIn(subtext);
        doc.created = ageTime(subtext);
        Node score = byClass(subtext, QStringLiteral("score"));
        if (!score)
            score = Tree::find(subtext, [](Node n) {
                return Tree::attribute(n, "id").startsWith(QLatin1String("score_"));
            });
        bool ok = false;
        const qint64 points = Tree::text(score).section(QLatin1Char(' '), 0, 0).toLongLong(&ok);
        if (ok)
            doc.score = points;
    }
    if (const Node body = storyBody(root, subtext)) {
        const SanitizedHtml html = HackerNewsThread::body(Tree::innerHtml(body));
        doc.bodyHtml = html.html;
        doc.bodyText = html.text;
    }
    return doc;
}

bool isMoreLink(Node n)
{
    if (!Tree::hasTag(n, "a"))
        return false;
    if (Tree::hasClass(n, QStringLiteral("morelink")))
        return true;
    return Tree::text(n).trimmed() == QLatin1String("More") &&
           (Tree::attribute(n, "href").contains(QLatin1String("fnid=")) ||
            Tree::attribute(n, "href").contains(QLatin1String("&p=")));
}

// What the rows lacked that the import report should mention.
struct RowTally
{
    int inexactTimes = 0, depthJumps = 0, missingIds = 0;

    QStringList warnings() const
    {
        QStringList warnings;
        if (inexactTimes > 0)
            warnings << QStringLiteral("only a relative time (\"2 days ago\") for %1 of the "
                                       "comments; their times are unset")
                            .arg(inexactTimes);
        if (depthJumps > 0)
            warnings << QStringLiteral("indented deeper than the comment before allows: %1 of the "
                                       "comments; each placed one level deeper")
                            .arg(depthJumps);
        if (missingIds > 0)
            warnings << QStringLiteral("no item id on the page for %1 of the comments; named after "
                                       "the comment before")
                            .arg(missingIds);
        return warnings;
    }
};

// Turns the page's comment rows, met in document order, into parent links: each row's
// parent is the nearest row above it that is one level shallower (a stack, no recursion).
class CommentRows
{
public:
    CommentRows(const QString &storyId, const QByteArray &html) : m_storyId(storyId), m_html(html)
    {
    }

    void visit(Node node)
    {
        if (isMoreLink(node))
            m_more = true;
        else if (isCommentRow(node))
            add(node);
    }

    QStringList warnings() const { return m_tally.warnings(); }
    std::vector<LinkedComment> take() { return std::move(m_linked); }
    bool linksToNextPage() const { return m_more; }

private:
    void add(Node row)
    {
        RowReading reading = readRow(row, m_html);
        const QString id = idOf(row, reading.comment);
        const QString parentId = parentAt(reading.depth);
        m_ancestors.push_back(id);
        if (!reading.exactTime)
            ++m_tally.inexactTimes;
        reading.comment.sourceId = id;
        m_linked.push_back({std::move(reading.comment), parentId});
    }

    // The row's item id, which also gives the comment its address.
    QString idOf(Node row, Comment &comment)
    {
        const QString id = commentId(row);
        if (id.isEmpty() || id == m_storyId) {
            ++m_tally.missingIds;
            // Old pages give a deleted comment no id at all. Named after the row before it,
            // which a newer save of the same page most likely still has.
            return QStringLiteral("hn-html:after-") +
                   (m_linked.empty() ? m_storyId : m_linked.back().comment.sourceId);
        }
        comment.url = HackerNewsThread::itemUrl(id);
        return id;
    }

    // The parent of the next row, at that depth; the ancestors above it stay on the stack.
    QString parentAt(int depth)
    {
        // A row deeper than one past its predecessor has lost a parent in the save; hang it
        // under the nearest one there is.
        if (depth > int(m_ancestors.size())) {
            ++m_tally.depthJumps;
            depth = int(m_ancestors.size());
        }
        m_ancestors.resize(size_t(depth));
        return depth > 0 ? m_ancestors.back() : QString();
    }

    const QString m_storyId;
    const QByteArray &m_html;
    std::vector<LinkedComment> m_linked;
    std::vector<QString> m_ancestors; // ids of the current row's ancestors, by depth
    RowTally m_tally;
    bool m_more = false;
};

// The story's "N comments" (HN's own count of the whole thread); pages of 2012 that are
// split into pages say only "comments", and a thread without any says "discuss".
std::optional<int> statedCommentCount(Node root)
{
    static const QRegularExpression count(QStringLiteral("(\\d+)\\s+comments?\\b"));
    const Node subtext = byClass(root, QStringLiteral("subtext"));
    if (!subtext)
        return std::nullopt;
    // &nbsp; between the number and the word: \s does not match U+00A0.
    const QString text = Tree::text(subtext).replace(QChar(0x00a0), QLatin1Char(' '));
    QRegularExpressionMatch last;
    for (const QRegularExpressionMatch &match : count.globalMatch(text))
        last = match;
    bool ok = false;
    const int n = last.captured(1).toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

// A "More" link is the page's own word that the thread goes on past it; the story's count
// says by how much when it is above what this page holds (else: one gap, uncounted).
void readGaps(ThreadDocument &doc, bool nextPage, std::optional<int> stated)
{
    doc.gaps.siteTotal = stated;
    if (!nextPage)
        return;
    const int held = int(doc.comments.size());
    QString detail;
    if (stated && *stated > held) {
        doc.gaps.missingComments = *stated - held;
        detail = QStringLiteral("a \"More\" link to the next page and the story's \"%1 "
                                "comments\" (this page holds %2)")
                     .arg(*stated)
                     .arg(held);
    } else {
        doc.gaps.uncountedGaps = 1;
        detail = QStringLiteral("a \"More\" link to the next page");
    }
    doc.warnings << doc.gaps.importWarning(doc.sourceKind, detail);
}

} // namespace

QString HackerNewsHtmlImporter::formatName() const
{
    return QStringLiteral("hn-html");
}

int HackerNewsHtmlImporter::detect(const ImportSource &source) const
{
    const QByteArrayView head = source.head(16384);
    if (!head.trimmed().startsWith('<'))
        return 0;
    int confidence = 0;
    if (head.contains("news.ycombinator.com") || head.contains("ycombinator.com/news.css") ||
        head.contains("| Hacker News</title>"))
        confidence += 60;
    if (head.contains("class=\"athing") || head.contains("class='athing"))
        confidence += 30;
    if (head.contains("class=\"comhead\"") || head.contains("class=\"hnuser\""))
        confidence += 20;
    return qMin(confidence, 95);
}

Result<std::vector<ThreadDocument>> HackerNewsHtmlImporter::parse(const ImportSource &source) const
{
    const auto inContext = errorContext(source);
    const GumboTree tree(source.data);
    auto doc = readStory(tree.root());
    if (!doc)
        return inContext(doc.error());
    CommentRows rows(doc->sourceId, source.data);
    for (Node node : GumboTree::elements(tree.root()))
        rows.visit(node);
    doc->warnings << rows.warnings();
    auto comments = CommentTree::arrange(rows.take());
    if (!comments)
        return inContext(comments.error());
    doc->comments = std::move(comments.value());
    readGaps(*doc, rows.linksToNextPage(), statedCommentCount(tree.root()));
    return oneThread(std::move(doc.value()));
}

} // namespace Scholia
