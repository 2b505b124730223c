// The thread map's layout without a window (issue 18, item 4): which comments each band
// of pixels holds, where its line starts and ends, and which ticks it carries, for a
// short thread drawn at full pitch and a 50 000-comment one binned into pixel rows.

#include "app/threadview/threadmaplayout.h"
#include "core/annotation.h"
#include "core/comment.h"
#include "core/highlightpalette.h"

#include <QTest>

using namespace Scholia;

namespace {

constexpr int bigCount = 50000;
constexpr int mapHeight = 800;
constexpr int treeWidth = 40;

// Deterministic: depth climbs 0 … 7 and back within each run of 16 comments, texts of
// 0 to 2 999 characters; every 1 000th comment a "more replies" placeholder.
std::vector<Comment> generatedThread(int count)
{
    std::vector<Comment> comments(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        Comment &c = comments[size_t(i)];
        c.sourceId = QStringLiteral("c%1").arg(i);
        const int phase = i % 16;
        c.depth = phase < 8 ? phase : 15 - phase;
        c.bodyText = QString((i * 7919) % 3000, QLatin1Char('x'));
        if (i % 1000 == 999)
            c.notSavedReplies = 3;
    }
    return comments;
}

Annotation annotationOn(const QString &commentId, const QString &color,
                        AnchorState state = AnchorState::Anchored)
{
    Annotation a;
    a.commentSourceId = commentId;
    a.color = color;
    a.anchorState = state;
    return a;
}

quint8 bitOf(const QString &color)
{
    return quint8(1u << HighlightPalette::names().indexOf(color));
}

const ThreadMapRow &rowHolding(const std::vector<ThreadMapRow> &rows, int comment)
{
    for (const ThreadMapRow &row : rows) {
        if (comment >= row.firstComment && comment < row.endComment)
            return row;
    }
    qFatal("no row holds comment %d", comment);
}

} // namespace

class TestThreadMapLayout : public QObject
{
    Q_OBJECT

private slots:
    void bigThreadIsBinnedIntoEveryPixelRowInOrder()
    {
        ThreadMapLayout layout;
        layout.setComments(generatedThread(bigCount));
        QCOMPARE(layout.commentCount(), bigCount);
        const std::vector<ThreadMapRow> rows = layout.rows(mapHeight, treeWidth);
        // More comments than pixels: one band per pixel row, every comment in exactly one.
        QCOMPARE(int(rows.size()), mapHeight);
        int next = 0;
        for (int r = 0; r < mapHeight; ++r) {
            const ThreadMapRow &row = rows[size_t(r)];
            QCOMPARE(row.y, r);
            QCOMPARE(row.height, 1);
            QCOMPARE(row.firstComment, next);
            // 50 000 / 800 = 62.5: bins of 62 and 63 comments.
            QVERIFY2(row.endComment - row.firstComment == 62 ||
                         row.endComment - row.firstComment == 63,
                     qPrintable(QString::number(row.endComment - row.firstComment)));
            next = row.endComment;
            // The pixel row's own comment is the first one of its bin.
            QCOMPARE(layout.commentAt(r, mapHeight), row.firstComment);
        }
        QCOMPARE(next, bigCount);
        QCOMPARE(layout.yOf(bigCount, mapHeight), mapHeight);
    }

    void aBinSpansItsShallowestToItsLongestLine()
    {
        ThreadMapLayout layout;
        const std::vector<Comment> comments = generatedThread(bigCount);
        layout.setComments(comments);
        for (const ThreadMapRow &row : layout.rows(mapHeight, treeWidth)) {
            int indent = INT_MAX;
            int end = 0;
            qint64 indentSum = 0, endSum = 0;
            bool onlyPlaceholders = true;
            for (int i = row.firstComment; i < row.endComment; ++i) {
                const Comment &c = comments[size_t(i)];
                const int own = ThreadMapLayout::indentOf(c.depth, treeWidth);
                indent = std::min(indent, own);
                const int ownEnd = std::min(
                    treeWidth, own + ThreadMapLayout::lengthOf(int(c.bodyText.size()), treeWidth));
                end = std::max(end, ownEnd);
                indentSum += own;
                endSum += ownEnd;
                onlyPlaceholders = onlyPlaceholders && c.isPlaceholder();
            }
            QCOMPARE(row.indent, indent);
            QCOMPARE(row.indent + row.length, end);
            QCOMPARE(row.onlyPlaceholders, onlyPlaceholders);
            // The typical line: mean indent to mean end, inside the envelope.
            const qint64 n = row.endComment - row.firstComment;
            QCOMPARE(row.typicalIndent, int((indentSum + n / 2) / n));
            QCOMPARE(row.typicalIndent + row.typicalLength,
                     std::max(row.typicalIndent + 1, int((endSum + n / 2) / n)));
            QVERIFY(row.typicalIndent >= row.indent);
            QVERIFY(row.typicalIndent + row.typicalLength <= row.indent + row.length);
            // Each bin of 62 holds a depth-0 comment here: every band starts at the left.
            QCOMPARE(row.indent, 0);
        }
    }

    void depthAndLengthMapping()
    {
        // Deeper is further right (a pixel or more apart for the first levels, where most
        // comments are), never past 60 % of the tree, and still apart at depth 40.
        QCOMPARE(ThreadMapLayout::indentOf(0, treeWidth), 0);
        int previous = 0;
        for (int depth = 1; depth <= 12; ++depth) {
            const int indent = ThreadMapLayout::indentOf(depth, treeWidth);
            QVERIFY2(depth <= 6 ? indent > previous : indent >= previous,
                     qPrintable(QStringLiteral("depth %1").arg(depth)));
            previous = indent;
        }
        QVERIFY(ThreadMapLayout::indentOf(40, treeWidth) >
                ThreadMapLayout::indentOf(20, treeWidth));
        QVERIFY(ThreadMapLayout::indentOf(100000, treeWidth) <= treeWidth * 6 / 10);
        QCOMPARE(ThreadMapLayout::indentOf(-3, treeWidth), 0);

        // Length grows with the text (square root), at least 2 pixels, at most the tree.
        QCOMPARE(ThreadMapLayout::lengthOf(0, treeWidth), 2);
        QCOMPARE(ThreadMapLayout::lengthOf(ThreadMapLayout::fullLengthCharacters / 4, treeWidth),
                 treeWidth / 2);
        QCOMPARE(ThreadMapLayout::lengthOf(ThreadMapLayout::fullLengthCharacters, treeWidth),
                 treeWidth);
        QCOMPARE(ThreadMapLayout::lengthOf(100'000'000, treeWidth), treeWidth);
        QVERIFY(ThreadMapLayout::lengthOf(100, treeWidth) <
                ThreadMapLayout::lengthOf(1000, treeWidth));
    }

    void shortThreadIsDrawnAtFullPitchFromTheTop()
    {
        ThreadMapLayout layout;
        std::vector<Comment> comments = generatedThread(10);
        comments[3].depth = 30;
        comments[3].bodyText = QString(ThreadMapLayout::fullLengthCharacters, QLatin1Char('y'));
        layout.setComments(comments);
        const std::vector<ThreadMapRow> rows = layout.rows(mapHeight, treeWidth);
        QCOMPARE(int(rows.size()), 10);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(rows[size_t(i)].y, i * ThreadMapLayout::maxPitch);
            QCOMPARE(rows[size_t(i)].height, ThreadMapLayout::maxPitch);
            QCOMPARE(rows[size_t(i)].firstComment, i);
            QCOMPARE(rows[size_t(i)].endComment, i + 1);
        }
        // A deep, long comment: indented, and cut at the tree's right edge.
        QCOMPARE(rows[3].indent, ThreadMapLayout::indentOf(30, treeWidth));
        QCOMPARE(rows[3].indent + rows[3].length, treeWidth);
        // Every pixel of a band leads to its comment; below the drawing, the last one.
        for (int y = 0; y < 10 * ThreadMapLayout::maxPitch; ++y)
            QCOMPARE(layout.commentAt(y, mapHeight), y / ThreadMapLayout::maxPitch);
        QCOMPARE(layout.commentAt(500, mapHeight), 9);
        QCOMPARE(layout.commentAt(-5, mapHeight), 0);
        QCOMPARE(layout.span(2, 4, mapHeight), std::make_pair(8, 20));
    }

    void fewerCommentsThanPixelsButMoreThanAQuarter()
    {
        // 300 comments in 800 pixels: 2 or 3 pixels each, every pixel row someone's.
        ThreadMapLayout layout;
        layout.setComments(generatedThread(300));
        const std::vector<ThreadMapRow> rows = layout.rows(mapHeight, treeWidth);
        QCOMPARE(int(rows.size()), 300);
        int covered = 0;
        for (const ThreadMapRow &row : rows) {
            QCOMPARE(row.y, covered);
            QVERIFY(row.height == 2 || row.height == 3);
            for (int y = row.y; y < row.y + row.height; ++y)
                QCOMPARE(layout.commentAt(y, mapHeight), row.firstComment);
            covered += row.height;
        }
        QCOMPARE(covered, mapHeight);
    }

    void ticksLandOnTheRowsOfTheirComments()
    {
        ThreadMapLayout layout;
        layout.setComments(generatedThread(bigCount));
        layout.setAnnotations({
            annotationOn(QStringLiteral("c0"), QStringLiteral("yellow")),
            annotationOn(QStringLiteral("c12345"), QStringLiteral("blue")),
            annotationOn(QStringLiteral("c12346"), QStringLiteral("green")), // same bin
            annotationOn(QStringLiteral("c49999"), QStringLiteral("not-a-palette-colour")),
            annotationOn(QStringLiteral("c30000"), QStringLiteral("purple"), AnchorState::Orphaned),
            annotationOn(QStringLiteral("not-in-this-thread"), QStringLiteral("orange")),
        });
        layout.setReadMarks({QStringLiteral("c100"), QStringLiteral("c40000"),
                             QStringLiteral("c40001"), QStringLiteral("elsewhere")},
                            {QStringLiteral("c40000")});
        layout.setFindHits({7, 25000, 25000, -1, bigCount});
        QCOMPARE(layout.findHitCount(), 2);

        const std::vector<ThreadMapRow> rows = layout.rows(mapHeight, treeWidth);
        QCOMPARE(rowHolding(rows, 0).annotationColors, bitOf(QStringLiteral("yellow")));
        QCOMPARE(rowHolding(rows, 12345).annotationColors,
                 quint8(bitOf(QStringLiteral("blue")) | bitOf(QStringLiteral("green"))));
        // An unknown colour is drawn as the default one.
        QCOMPARE(rowHolding(rows, 49999).annotationColors,
                 bitOf(HighlightPalette::defaultColorName()));
        QVERIFY(rowHolding(rows, 100).unread);
        QVERIFY(!rowHolding(rows, 100).fresh);
        QVERIFY(rowHolding(rows, 40000).unread);
        QVERIFY(rowHolding(rows, 40000).fresh);
        QVERIFY(rowHolding(rows, 7).findHit);
        QVERIFY(rowHolding(rows, 25000).findHit);

        int annotated = 0, unread = 0, fresh = 0, hits = 0;
        for (const ThreadMapRow &row : rows) {
            annotated += row.annotationColors ? 1 : 0;
            unread += row.unread ? 1 : 0;
            fresh += row.fresh ? 1 : 0;
            hits += row.findHit ? 1 : 0;
        }
        // Nothing else: the orphaned annotation and the strangers' marks are not drawn.
        QCOMPARE(annotated, 3);
        QCOMPARE(unread, 2);
        QCOMPARE(fresh, 1);
        QCOMPARE(hits, 2);

        // What a tooltip says of a range of comments.
        const ThreadMapRow marks = layout.marksOf(39990, 40010);
        QVERIFY(marks.unread && marks.fresh && !marks.findHit && !marks.annotationColors);
        QVERIFY(!layout.marksOf(40002, 40010).unread);
        QVERIFY(layout.marksOf(998, 1000).onlyPlaceholders == false);
        QVERIFY(layout.marksOf(999, 1000).onlyPlaceholders);

        // New data replaces the old; a new thread clears every mark.
        layout.setFindHits({});
        layout.setAnnotations({});
        layout.setReadMarks({}, {});
        for (const ThreadMapRow &row : layout.rows(mapHeight, treeWidth))
            QVERIFY(!row.annotationColors && !row.unread && !row.fresh && !row.findHit);
        layout.setFindHits({1});
        layout.setComments(generatedThread(5));
        QCOMPARE(layout.findHitCount(), 0);
        QVERIFY(!layout.rows(mapHeight, treeWidth)[1].findHit);
    }

    void spanOfTheViewport()
    {
        ThreadMapLayout layout;
        layout.setComments(generatedThread(bigCount));
        // 62.5 comments a pixel: comments 6 250 … 12 499 are pixel rows 100 … 199.
        QCOMPARE(layout.span(6250, 12499, mapHeight), std::make_pair(100, 200));
        // A range inside one pixel row still takes that row.
        QCOMPARE(layout.span(10, 11, mapHeight), std::make_pair(0, 1));
        QCOMPARE(layout.span(49990, 60000, mapHeight), std::make_pair(799, 800));
    }

    void emptyThreadDrawsNothing()
    {
        ThreadMapLayout layout;
        layout.setComments({});
        QVERIFY(layout.rows(mapHeight, treeWidth).empty());
        QCOMPARE(layout.commentAt(10, mapHeight), -1);
        layout.setComments(generatedThread(3));
        QVERIFY(layout.rows(0, treeWidth).empty());
    }
};

QTEST_GUILESS_MAIN(TestThreadMapLayout)
#include "tst_threadmaplayout.moc"
