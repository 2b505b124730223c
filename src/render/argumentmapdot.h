#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Scholia {

struct ArgumentClaim;
struct ArgumentMap;
struct AnnotationLink;

// An argument map as Graphviz DOT for the `dot` layout: each claim a box (its reference,
// the comment's author, the quote shortened, its tags' colours; another thread's title
// when it is elsewhere; marked when orphaned), each link an edge styled by its type and
// labelled with it, sources below their targets. Every label is an HTML-like label whose
// text is entity-escaped and stripped of what XML cannot hold, so nothing a comment or
// a reader wrote can end a label, a statement or the graph. Each node is drawn as an SVG
// group with id "ann-<annotation id>" and each edge as "link-<link id>", so that a viewer
// can find the passage a click means.
class ArgumentMapDot
{
    Q_DECLARE_TR_FUNCTIONS(ArgumentMapDot)

public:
    // homeThreadId: the thread the map is about; claims on other threads name theirs.
    // 0 (a topic's map) names every claim's thread.
    static QString write(const ArgumentMap &map, qint64 homeThreadId = 0);

    // Text for inside an HTML-like label: & < > " ' as entities, a backslash doubled (or
    // Graphviz would read "\N" as the node's name), characters XML cannot hold (controls,
    // lone surrogates, U+FFFE/U+FFFF) left out, line breaks as spaces.
    static QString escaped(const QString &text);
    // text in lines of at most width characters (words longer than that are cut), at most
    // maxLines of them, the last ending in an ellipsis when text did not fit. Iterative.
    static QStringList wrapped(const QString &text, int width, int maxLines);

    static constexpr int quoteWidth = 34;
    static constexpr int quoteLines = 4;

private:
    static QString node(const ArgumentClaim &claim, qint64 homeThreadId);
    static QString edge(const AnnotationLink &link);
    static QString tagsRow(const ArgumentClaim &claim);
};

} // namespace Scholia
