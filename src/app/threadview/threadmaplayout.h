#pragma once

// The thread map's drawing, worked out without a window: one row of pixels (or more) per
// comment, or one per bin of comments when there are more comments than pixels, each with
// where its line starts (depth), how long it is (text length) and the ticks it carries.

#include <QList>
#include <QSet>
#include <QString>

#include <utility>
#include <vector>

namespace Scholia {

struct Annotation;
struct Comment;
struct ThreadOutline;

// One band of the map: the comments [firstComment, endComment) drawn at pixel rows
// [y, y + height).
struct ThreadMapRow
{
    int y = 0;
    int height = 1;
    int firstComment = 0;
    int endComment = 0;
    int indent = 0; // pixels from the tree's left edge: the shallowest comment's depth
    int length = 0; // pixels from indent to the end of the longest line in the band
    // A band of many comments also has its typical line: the mean indent to the mean end,
    // so that a run of deep replies still stands out of the envelope above.
    int typicalIndent = 0;
    int typicalLength = 0;
    quint8 annotationColors = 0;   // bit i: the i-th of HighlightPalette::names()
    bool onlyPlaceholders = false; // "more replies not saved", nothing else
    bool unread = false;
    bool fresh = false; // new since the reader's last visit
    bool findHit = false;
};

class ThreadMapLayout
{
public:
    // Pixels per comment at most: a short thread is drawn at this pitch from the top
    // rather than stretched into bars as tall as the strip.
    static constexpr int maxPitch = 4;
    // A comment this long or longer gets the whole length of the tree area.
    static constexpr int fullLengthCharacters = 2000;

    // A new thread: its comments in pre-order, as the page shows them. Clears
    // annotations, read marks and find hits.
    void setComments(const std::vector<Comment> &comments);
    void setOutline(const ThreadOutline &outline);
    // Annotations of comments not in the thread, or orphaned ones, are not drawn (the
    // page does not show them either).
    void setAnnotations(const std::vector<Annotation> &annotations);
    // Source ids, as ThreadHistory keeps them.
    void setReadMarks(const QSet<QString> &unread, const QSet<QString> &fresh);
    // Indices of the comments holding a match of Find in Thread; others are ignored.
    void setFindHits(const QList<int> &commentIndices);

    int commentCount() const { return int(m_depths.size()); }
    int findHitCount() const { return m_findHitCount; }

    // The bands of a map `height` pixels tall whose tree area is `treeWidth` wide, top
    // to bottom. At most `height` of them, whatever the number of comments.
    std::vector<ThreadMapRow> rows(int height, int treeWidth) const;
    // The pixel row comment i starts at (i == commentCount(): where the drawing ends).
    int yOf(int comment, int height) const;
    // The comment under pixel row y: the first one drawn in that row, or the one whose
    // band covers it; -1 when there are none, the last one below the drawing.
    int commentAt(int y, int height) const;
    // The pixel rows [top, bottom) that comments first … last (inclusive) take.
    std::pair<int, int> span(int first, int last, int height) const;

    // What the comments [first, end) carry: ticks and placeholders (geometry left at 0).
    ThreadMapRow marksOf(int first, int end) const;

    static int indentOf(int depth, int treeWidth);
    static int lengthOf(int textLength, int treeWidth);

private:
    // The map draws comment i at floor(i * m_scale.first / m_scale.second): either
    // maxPitch per comment, or the whole height over every comment.
    std::pair<qint64, qint64> scale(int height) const;

    enum Mark : quint8
    {
        Placeholder = 1,
        Unread = 2,
        Fresh = 4,
        FindHit = 8,
    };

    std::vector<QString> m_ids;
    std::vector<int> m_depths;
    std::vector<int> m_textLengths;
    std::vector<quint8> m_colors; // per comment, as ThreadMapRow::annotationColors
    std::vector<quint8> m_marks;  // per comment, Mark bits
    int m_findHitCount = 0;
};

} // namespace Scholia
