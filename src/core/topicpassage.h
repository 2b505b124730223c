#pragma once

#include "annotation.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Scholia {

// How a topic's passages are ordered. The view groups them by thread in any order:
// a thread comes where its first passage does.
enum class TopicSort
{
    Date,   // the comment's time, unknown times last
    Thread, // thread title, then the comment's place in the thread
    Author, // the comment's author, then date
};

// One annotation gathered by a topic view, with what is needed to show it away from its
// thread: where it is, who wrote the comment and when, and the text it marks.
struct TopicPassage
{
    qint64 annotationId = 0;
    qint64 threadId = 0;
    QString threadTitle;
    QString threadSite;
    QString commentSourceId;
    QString author;        // empty when the comment row is gone
    QDateTime commentTime; // UTC; invalid when unknown
    QString quote;         // the marked passage, or the comment's text (capped) for a whole comment
    bool wholeComment = false;
    QString note;
    QString color;    // a HighlightPalette colour name
    QStringList tags; // all the annotation's tags, not only the topic's
    AnchorState anchorState = AnchorState::Anchored;

    bool operator==(const TopicPassage &) const = default;
};

} // namespace Scholia
