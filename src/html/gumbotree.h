#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

struct GumboInternalNode;
struct GumboInternalOutput;

namespace Scholia {

// A parsed HTML page (gumbo) with the few queries saved-page importers need. Every walk
// is iterative: saved pages nest deeply and the tree must never cost stack depth.
class GumboTree
{
public:
    using Node = const GumboInternalNode *;

    // Whether the parse notes its first parse error (hadParseError()); off, it costs nothing.
    enum class ErrorCheck { Off, On };

    explicit GumboTree(const QByteArray &html, ErrorCheck errors = ErrorCheck::Off);
    ~GumboTree();
    GumboTree(const GumboTree &) = delete;
    GumboTree &operator=(const GumboTree &) = delete;

    Node root() const;
    // With ErrorCheck::On: whether the source broke any of HTML's parse rules.
    bool hadParseError() const;
    // Whether the doctype put the parser in no-quirks mode (<!DOCTYPE html>).
    bool isNoQuirksDocument() const;
    // Every element under (and including) node, in document order.
    static std::vector<Node> elements(Node node);
    // The first element under node (node itself excluded) that matches, in document order.
    static Node find(Node node, const std::function<bool(Node)> &matches);

    static bool isElement(Node node);
    static QString tagName(Node node); // lowercase; empty for non-elements and unknown tags
    static bool hasTag(Node node, const char *tag);
    static QString attribute(Node node, const char *name);
    static bool hasAttribute(Node node, const char *name);
    static bool hasClass(Node node, const QString &className);
    static Node parent(Node node);
    static std::vector<Node> childElements(Node node);
    // The text content, as a browser's textContent.
    static QString text(Node node);
    // The markup of the children, written back out (for HtmlSanitizer, which parses it again).
    static QString innerHtml(Node node);
    // The byte offset just past the element's start tag in the parsed source; -1 when the
    // source has no such tag (the parser implied the element).
    static qsizetype contentStart(Node node);
    // The bytes [first, second) the element spans in the parsed source, from its start
    // tag through its end tag; {-1, -1} when either tag was implied by the parser (the
    // element's extent in the source is then not known). For splicing saved pages.
    static std::pair<qsizetype, qsizetype> sourceRange(Node node);
    // The byte offset of the element's start tag in the source; -1 when the parser implied it.
    static qsizetype startOffset(Node node);
    // The element stands where its own start tag put it: not implied, not recreated for
    // formatting carried over, not moved by the parser's repairs of misnested markup.
    static bool isAsWritten(Node node);
    // The element was closed by its own end tag in the source.
    static bool hasWrittenEndTag(Node node);
    static bool isVoid(Node node); // br, img…: no content, no end tag

private:
    // The tree points into its source (tag texts, positions): kept alive with it.
    QByteArray m_source;
    GumboInternalOutput *m_output;
};

} // namespace Scholia
