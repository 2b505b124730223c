#include "rdramapagepieces.h"

#include <QRegularExpression>

#include <algorithm>
#include <cctype>

namespace Scholia {

// Why a piece parsed alone gives the page's own subtree. HTML's tree construction reads
// tokens in order; what a token does depends on the tokenizer's state, the stack of open
// elements, the list of active formatting elements, the form pointer, the insertion mode
// and the document's quirks mode. So:
// - The prefix (the page up to the end of the comment list's start tag) is parsed alone
//   and must leave the tokenizer in its data state (the cut is right after that start
//   tag), the insertion mode "in body" with only html, body and div elements open, the
//   formatting list empty and no form open (every element it closed without an end tag
//   is one whose end tag HTML lets out: p, li, table parts…), and no quirks.
// - A piece is whole top-level <div> (and <script>) elements and whitespace between them. Parsed alone
//   behind "<!DOCTYPE html><body>" (same quirks mode, in body), it must meet no parse error, put nothing in
//   <head>, and every element in it must stand where its start tag put it and be closed
//   by its own end tag (or need none). Without a parse error no token of it reaches below
//   its own elements (an end tag that would close an outer div is an error alone), every
//   open div above it answers "is X in scope?" as the lone parse's html does, and nothing
//   is left in the formatting list: so the page's parse builds the same subtree and is
//   left in the state it was in before the piece, ready for the next one.
// - The skeleton (prefix + the rest after the pieces) is then what the page's parse
//   builds without the pieces: they left its state as they found it. No frameset may
//   appear in it (the pieces could have changed whether a <frameset> is obeyed).
// The byte scan that proposes where a top-level div ends is only a proposal: the lone
// parse of the piece must end that element with its own end tag exactly there.

namespace {

using Tree = GumboTree;
using Node = GumboTree::Node;

// Batches of about this many bytes: a few hundred comments' tree at a time.
constexpr qsizetype batchBytes = 256 * 1024;

// In front of a piece parsed alone: the page's quirks mode, and a body started already,
// so that a leading <script> goes where the page has it, not into <head>.
const QByteArray lead = QByteArrayLiteral("<!DOCTYPE html><body>");

bool isHtmlWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

bool isOnlyWhitespace(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), isHtmlWhitespace);
}

// An element HTML lets close without its end tag, and whose closing that way leaves
// nothing in the list of active formatting elements or the form pointer.
bool mayEndImplicitly(Node node)
{
    for (const char *tag : {"p", "li", "dd", "dt", "option", "optgroup", "rb", "rp", "rt", "rtc",
                            "head", "body", "html", "tbody", "thead", "tfoot", "tr", "td", "th",
                            "colgroup", "caption"}) {
        if (Tree::hasTag(node, tag))
            return true;
    }
    return false;
}

// Elements the importer looks for in the whole page before its comments (post, title,
// metadata, link): none may be in a piece, where the skeleton's answer would miss them.
bool belongsToTheSkeleton(Node node)
{
    static const QRegularExpression postId(QStringLiteral("^post-(\\d+|title|text)$"));
    return Tree::hasTag(node, "meta") || Tree::hasTag(node, "link") ||
           Tree::hasTag(node, "title") || Tree::hasTag(node, "frameset") ||
           (Tree::hasAttribute(node, "id") && postId.match(Tree::attribute(node, "id")).hasMatch());
}

// Just past the '>' of the tag starting at `at`, quoted attribute values skipped; -1 when
// the page ends first.
qsizetype tagEnd(const QByteArray &page, qsizetype at)
{
    char quote = 0;
    for (qsizetype i = at + 1; i < page.size(); ++i) {
        const char c = page[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if ((c == '"' || c == '\'') && page[i - 1] == '=') {
            quote = c;
        } else if (c == '>') {
            return i + 1;
        }
    }
    return -1;
}

bool tagAt(const QByteArray &page, qsizetype at, QByteArrayView name)
{
    const qsizetype after = at + name.size();
    return QByteArrayView(page).sliced(at).startsWith(name) && after < page.size() &&
           (isHtmlWhitespace(page[after]) || page[after] == '>' || page[after] == '/');
}

// Where the <script> starting at `at` ends: past its end tag; -1 when it has none.
qsizetype scriptEnd(const QByteArray &page, qsizetype at)
{
    for (qsizetype i = at; (i = page.indexOf("</", i)) >= 0; i += 2) {
        if (tagAt(page, i, "</script") || tagAt(page, i, "</SCRIPT"))
            return tagEnd(page, i);
    }
    return -1;
}

// Where the <div> starting at `at` ends, by counting div tags; -1 when they do not balance.
qsizetype divEnd(const QByteArray &page, qsizetype at)
{
    int depth = 0;
    for (qsizetype i = at; (i = page.indexOf('<', i)) >= 0;) {
        const bool start = tagAt(page, i, "<div");
        const bool end = !start && tagAt(page, i, "</div");
        const qsizetype next = tagEnd(page, i);
        if (next < 0)
            return -1;
        if (start)
            ++depth;
        else if (end && --depth == 0)
            return next;
        i = (start || end || (i + 1 < page.size() && (std::isalpha(uchar(page[i + 1])) ||
                                                       page[i + 1] == '/')))
                ? next
                : i + 1;
    }
    return -1;
}

// The prefix's checks (see above); true when the pieces may be cut at its end.
bool prefixLeavesPlainBody(const QByteArray &prefix)
{
    const Tree tree(prefix);
    if (!tree.isNoQuirksDocument())
        return false;
    const std::vector<Node> elements = Tree::elements(tree.root());
    const auto list = std::find_if(elements.begin(), elements.end(), [&](Node n) {
        return Tree::contentStart(n) == prefix.size();
    });
    if (list == elements.end() || !Tree::hasTag(*list, "div"))
        return false;
    std::vector<Node> open;
    for (Node up = *list; Tree::isElement(up); up = Tree::parent(up)) {
        static const QRegularExpression commentOrReplies(
            QStringLiteral("^(comment|replies-of)-\\d+$"));
        const bool plain = Tree::hasTag(up, "div") || Tree::hasTag(up, "body") ||
                           Tree::hasTag(up, "html");
        // A comment or reply list around the pieces would change their comments' parents.
        if (!plain || commentOrReplies.match(Tree::attribute(up, "id")).hasMatch())
            return false;
        open.push_back(up);
    }
    return std::all_of(elements.begin(), elements.end(), [&](Node n) {
        const bool stillOpen = std::find(open.begin(), open.end(), n) != open.end();
        return !Tree::hasTag(n, "frameset") &&
               (stillOpen || Tree::hasWrittenEndTag(n) || Tree::isVoid(n) || mayEndImplicitly(n));
    });
}

} // namespace

std::optional<RdramaPagePieces> RdramaPagePieces::split(const QByteArray &page)
{
    static const QByteArray listId = QByteArrayLiteral("id=\"comment-list\"");
    const qsizetype id = page.indexOf(listId);
    if (id < 0 || page.indexOf(listId, id + 1) >= 0)
        return std::nullopt;
    const qsizetype tagStart = page.lastIndexOf('<', id);
    const qsizetype cut = tagStart < 0 ? -1 : tagEnd(page, tagStart);
    if (cut < 0 || cut <= id || !prefixLeavesPlainBody(page.left(cut)))
        return std::nullopt;

    RdramaPagePieces pieces;
    pieces.m_cut = cut;
    qsizetype at = cut;
    Range batch{-1, -1};
    while (true) {
        while (at < page.size() && isHtmlWhitespace(page[at]))
            ++at;
        const bool div = tagAt(page, at, "<div");
        if (!div && !tagAt(page, at, "<script"))
            break;
        const qsizetype end = div ? divEnd(page, at) : scriptEnd(page, at);
        if (end < 0)
            return std::nullopt;
        if (batch.begin < 0)
            batch.begin = at;
        batch.end = end;
        if (batch.end - batch.begin >= batchBytes) {
            pieces.m_pieces.push_back(batch);
            batch = {-1, -1};
        }
        at = end;
    }
    if (batch.begin >= 0)
        pieces.m_pieces.push_back(batch);
    pieces.m_skeleton = page.left(cut) + page.sliced(at);
    return pieces;
}

std::unique_ptr<GumboTree> RdramaPagePieces::parsePiece(const QByteArray &page, Range piece)
{
    auto tree = std::make_unique<GumboTree>(
        lead + page.sliced(piece.begin, piece.end - piece.begin),
        GumboTree::ErrorCheck::On);
    if (tree->hadParseError())
        return nullptr;
    const std::vector<Node> top = Tree::childElements(tree->root()); // head, body
    if (top.size() != 2 || !Tree::hasTag(top[0], "head") || !Tree::hasTag(top[1], "body") ||
        !Tree::childElements(top[0]).empty() || !Tree::text(top[0]).isEmpty())
        return nullptr;
    // The body's elements tile the piece, with whitespace between them.
    const QByteArrayView source = QByteArrayView(page).sliced(piece.begin, piece.end - piece.begin);
    qsizetype covered = lead.size();
    for (Node element : Tree::childElements(top[1])) {
        const auto [begin, end] = Tree::sourceRange(element);
        if (begin < covered ||
            !isOnlyWhitespace(source.sliced(covered - lead.size(), begin - covered)))
            return nullptr;
        covered = end;
    }
    if (covered != lead.size() + source.size())
        return nullptr;
    for (Node element : pieceElements(*tree)) {
        if (!Tree::isAsWritten(element) || belongsToTheSkeleton(element) ||
            !(Tree::hasWrittenEndTag(element) || Tree::isVoid(element) || mayEndImplicitly(element)))
            return nullptr;
    }
    return tree;
}

std::vector<GumboTree::Node> RdramaPagePieces::pieceElements(const GumboTree &pieceTree)
{
    const std::vector<Node> top = Tree::childElements(pieceTree.root());
    std::vector<Node> elements;
    for (Node child : Tree::childElements(top.back())) {
        const std::vector<Node> under = Tree::elements(child);
        elements.insert(elements.end(), under.begin(), under.end());
    }
    return elements;
}

} // namespace Scholia
