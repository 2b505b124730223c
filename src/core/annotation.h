#pragma once

#include "textpositionselector.h"
#include "textquoteselector.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Scholia {

// Where an annotation stands after the comment's text last changed.
enum class AnchorState
{
    Anchored = 0,   // its range holds its quote
    Reanchored = 1, // found again only approximately: a person should look at it
    Orphaned = 2,   // not found, or the comment is gone; kept with its old selectors
};

// A highlight, tag or note on one comment, or on a passage of it. A whole-comment
// annotation has no position and an empty quote; a passage has both, and while it is
// not orphaned, comment text.mid(start, end - start) == quote.exact.
struct Annotation
{
    qint64 id = 0; // 0 until stored
    // The same annotation in every library it is exchanged with (WebAnnotationExporter);
    // null until stored, unless it came from elsewhere.
    QUuid uuid;
    qint64 threadId = 0;
    QString commentSourceId;
    std::optional<TextPositionSelector> position;
    TextQuoteSelector quote;
    QString color; // a HighlightPalette colour name
    QString note;  // plain text as typed
    QStringList tags;
    AnchorState anchorState = AnchorState::Anchored;
    QDateTime created; // UTC
    QDateTime updated; // UTC; the last change the reader made, not re-anchoring

    bool isWholeComment() const { return !position.has_value(); }

    // Stable names for files and the command line: anchored, re-anchored, orphaned.
    static QString anchorStateName(AnchorState state);

    bool operator==(const Annotation &) const = default;
};

} // namespace Scholia
