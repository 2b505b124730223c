#pragma once

#include <QCoreApplication>
#include <QString>

namespace Scholia {

struct AnnotationLink;
struct ArgumentClaim;
struct ArgumentMap;

// A link as a line of plain text, seen from one of its ends, for exports and the command
// line: "rebuts #3 (bob: “Only when roasted…”)" from its source, "rebutted by #5 (…)"
// from its target. A claim without a reference reads "bob: “…”"; one on another thread
// adds "in “its title”", an orphaned one "no longer found". Escaping is the caller's.
class ArgumentLinkText
{
    Q_DECLARE_TR_FUNCTIONS(ArgumentLinkText)

public:
    static constexpr qsizetype excerptLength = 80;

    // Empty when seenFrom is not an end of the link or the other end is not in the map.
    static QString line(const AnnotationLink &link, qint64 seenFrom, const ArgumentMap &map,
                        qint64 homeThreadId);
    // The verb, as seen from seenFrom: "rebuts" from the source, "rebutted by" from the target.
    static QString verb(const AnnotationLink &link, qint64 seenFrom);
    // "bob: “…”" and what else tells where the claim is.
    static QString claim(const ArgumentClaim &claim, qint64 homeThreadId);
    // text on one line, cut to about length characters with an ellipsis.
    static QString excerpt(const QString &text, qsizetype length = excerptLength);
};

} // namespace Scholia
