#include "rdramapageassembler.h"

#include "html/gumbotree.h"

#include <QRegularExpression>

#include <algorithm>

namespace Scholia {

namespace {

using Tree = GumboTree;
using Node = GumboTree::Node;

// "comment-123" → "123" when the id is exactly the prefix and digits.
QString numberAfter(const QString &id, QLatin1StringView prefix)
{
    if (!id.startsWith(prefix) || id.size() == prefix.size())
        return {};
    for (qsizetype i = prefix.size(); i < id.size(); ++i) {
        if (!id.at(i).isDigit())
            return {};
    }
    return id.mid(prefix.size());
}

bool isComment(Node node)
{
    return Tree::hasTag(node, "div") && Tree::hasClass(node, QStringLiteral("comment")) &&
           !numberAfter(Tree::attribute(node, "id"), QLatin1StringView("comment-")).isEmpty();
}

bool isTopLevel(Node comment)
{
    for (Node up = Tree::parent(comment); Tree::isElement(up); up = Tree::parent(up)) {
        if (isComment(up) ||
            !numberAfter(Tree::attribute(up, "id"), QLatin1StringView("replies-of-")).isEmpty())
            return false;
    }
    return true;
}

} // namespace

RdramaPageAssembler::Scan RdramaPageAssembler::scan() const
{
    static const QRegularExpression loadMoreCall(QStringLiteral(
        "loadMore\\(\\s*['\"]?(\\d+)['\"]?\\s*,\\s*['\"]([A-Za-z]*)['\"]\\s*,\\s*['\"]?(\\d+)"));
    Scan scan;
    const GumboTree tree(m_page);
    std::optional<LoadMore> loadMore;
    QStringList topLevel;
    for (Node node : GumboTree::elements(tree.root())) {
        const QString id = Tree::attribute(node, "id");
        if (isComment(node)) {
            ++scan.comments;
            if (isTopLevel(node))
                topLevel << numberAfter(id, QLatin1StringView("comment-"));
            continue;
        }
        if (const QString of = numberAfter(id, QLatin1StringView("morecomment-")); !of.isEmpty()) {
            const Node link = Tree::find(node, [](Node n) { return Tree::hasTag(n, "a"); });
            const QString href = Tree::attribute(link, "href").trimmed();
            const Range range = Tree::sourceRange(node);
            if (!href.isEmpty() && range.first >= 0)
                scan.links.push_back({of, href, range});
            continue;
        }
        if (id == QLatin1String("load-more-button") && !loadMore) {
            const auto match = loadMoreCall.match(Tree::attribute(node, "onclick"));
            const Range range = Tree::sourceRange(node);
            if (match.hasMatch() && range.first >= 0)
                loadMore =
                    LoadMore{match.captured(1), match.captured(2), match.captured(3), {}, range};
        }
    }
    if (loadMore) {
        loadMore->topLevelIds = topLevel;
        scan.loadMore = loadMore;
    }
    return scan;
}

void RdramaPageAssembler::putLoadedMore(const LoadMore &loadMore, const QByteArray &fragment)
{
    m_edits.push_back({loadMore.button, fragment});
}

bool RdramaPageAssembler::putReplies(const MoreLink &link, const QByteArray &linkedPage)
{
    const GumboTree tree(linkedPage);
    const QString wanted = QStringLiteral("replies-of-") + link.commentId;
    const Node replies =
        Tree::find(tree.root(), [&](Node n) { return Tree::attribute(n, "id") == wanted; });
    const Range range = Tree::sourceRange(replies);
    if (range.first < 0)
        return false;
    m_edits.push_back({link.element, linkedPage.mid(range.first, range.second - range.first)});
    return true;
}

void RdramaPageAssembler::applyEdits()
{
    std::sort(m_edits.begin(), m_edits.end(),
              [](const Edit &a, const Edit &b) { return a.range.first > b.range.first; });
    qsizetype limit = m_page.size();
    for (const Edit &edit : m_edits) {
        // A link and a button never hold one another, so the ranges of one scan do not
        // overlap; if a page made them, the later edit wins and the other is dropped.
        if (edit.range.second > limit)
            continue;
        m_page.replace(edit.range.first, edit.range.second - edit.range.first, edit.replacement);
        limit = edit.range.first;
    }
    m_edits.clear();
}

} // namespace Scholia
