#pragma once

#include "html/gumbotree.h"

#include <QByteArray>

#include <memory>
#include <optional>
#include <vector>

namespace Scholia {

// An rDrama page cut into pieces its importer can parse one at a time, so that memory
// does not hold gumbo's tree of the whole page (about ten times the page): the skeleton
// (everything but the comment list's content: head, post, footer) and the comment
// list's top-level comments in batches. Every cut is checked so that each piece's tree,
// parsed alone, is exactly the subtree the whole page's parse builds there (see the .cpp
// for why the checks suffice); a page of another shape gets no pieces and is parsed
// whole, as before.
class RdramaPagePieces
{
public:
    struct Range
    {
        qsizetype begin;
        qsizetype end;
    };

    // Nothing when the page is not the shape these checks know.
    static std::optional<RdramaPagePieces> split(const QByteArray &page);

    // The page without the pieces; its comment list is empty.
    const QByteArray &skeleton() const { return m_skeleton; }
    // Where the pieces stood: the end of the comment list's start tag, in page and skeleton.
    qsizetype cut() const { return m_cut; }
    const std::vector<Range> &pieces() const { return m_pieces; }

    // A piece's tree; null when it is not certainly the page's subtree there (then the
    // page must be parsed whole).
    static std::unique_ptr<GumboTree> parsePiece(const QByteArray &page, Range piece);
    // The elements of a piece's tree that are the page's, in document order (the
    // html, head and body its lone parse implied are not).
    static std::vector<GumboTree::Node> pieceElements(const GumboTree &pieceTree);

private:
    QByteArray m_skeleton;
    qsizetype m_cut = 0;
    std::vector<Range> m_pieces;
};

} // namespace Scholia
