// The thread map strip as a widget (issue 18, item 4): a click or a drag at a height
// asks for the comment drawn there, the box follows the comments the page says are on
// screen without the cached drawing being made again, and the ticks are drawn in the
// annotations' colours.

#include "app/threadview/threadmapstrip.h"
#include "core/annotation.h"
#include "core/comment.h"
#include "core/highlightpalette.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>

using namespace Scholia;

namespace {

constexpr int stripHeight = 500;

std::vector<Comment> commentsOf(int count)
{
    std::vector<Comment> comments(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        comments[size_t(i)].sourceId = QStringLiteral("c%1").arg(i);
        comments[size_t(i)].depth = i % 5;
        comments[size_t(i)].bodyText = QString(40 + i % 700, QLatin1Char('x'));
    }
    return comments;
}

// Whether any pixel of row y, right of the tree, has this colour.
bool rowHasColor(const QImage &image, int y, const QColor &color, int fromX)
{
    for (int x = fromX; x < image.width(); ++x) {
        if (image.pixelColor(x, y).rgb() == color.rgb())
            return true;
    }
    return false;
}

} // namespace

class TestThreadMapStrip : public QObject
{
    Q_OBJECT

private slots:
    void init() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void clickAskForTheCommentDrawnThere_data()
    {
        QTest::addColumn<int>("comments");
        QTest::addColumn<int>("y");
        QTest::addColumn<int>("expected");
        // 1 000 comments in 500 pixels: two a row, the first of the two.
        QTest::newRow("binned, top") << 1000 << 0 << 0;
        QTest::newRow("binned, middle") << 1000 << 250 << 500;
        QTest::newRow("binned, last row") << 1000 << 499 << 998;
        // 50 comments: 4 pixels each from the top.
        QTest::newRow("full pitch") << 50 << 42 << 10;
        QTest::newRow("below the drawing") << 50 << 300 << 49;
    }

    void clickAskForTheCommentDrawnThere()
    {
        QFETCH(int, comments);
        QFETCH(int, y);
        QFETCH(int, expected);
        ThreadMapStrip strip;
        strip.resize(strip.sizeHint().width(), stripHeight);
        strip.setComments(commentsOf(comments));
        QSignalSpy activated(&strip, &ThreadMapStrip::commentActivated);
        QSignalSpy scrubbed(&strip, &ThreadMapStrip::commentScrubbed);
        QTest::mouseClick(&strip, Qt::LeftButton, {}, QPoint(20, y));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toInt(), expected);
        QCOMPARE(scrubbed.size(), 0); // a click is no drag
    }

    void dragScrubsThenGoesWhereItWasLetGo()
    {
        ThreadMapStrip strip;
        strip.resize(strip.sizeHint().width(), stripHeight);
        strip.setComments(commentsOf(1000));
        strip.show();
        QVERIFY(QTest::qWaitForWindowExposed(&strip));
        QSignalSpy activated(&strip, &ThreadMapStrip::commentActivated);
        QSignalSpy scrubbed(&strip, &ThreadMapStrip::commentScrubbed);
        QTest::mousePress(&strip, Qt::LeftButton, {}, QPoint(20, 10));
        QTest::mouseMove(&strip, QPoint(20, 100));
        QTest::mouseMove(&strip, QPoint(20, 300));
        QTest::mouseMove(&strip, QPoint(20, 900)); // past the bottom: the last row
        QTest::mouseRelease(&strip, Qt::LeftButton, {}, QPoint(20, 900));
        QCOMPARE(scrubbed.size(), 3);
        QCOMPARE(scrubbed.at(0).first().toInt(), 200);
        QCOMPARE(scrubbed.at(1).first().toInt(), 600);
        QCOMPARE(scrubbed.at(2).first().toInt(), 998);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toInt(), 998);
        // Other buttons do nothing.
        QTest::mouseClick(&strip, Qt::RightButton, {}, QPoint(20, 50));
        QCOMPARE(activated.size(), 1);
    }

    void emptyMapAsksForNothing()
    {
        ThreadMapStrip strip;
        strip.resize(strip.sizeHint().width(), stripHeight);
        QSignalSpy activated(&strip, &ThreadMapStrip::commentActivated);
        QTest::mouseClick(&strip, Qt::LeftButton, {}, QPoint(20, 40));
        QCOMPARE(activated.size(), 0);
    }

    void viewportBoxFollowsTheReportedRangeWithoutRedrawing()
    {
        ThreadMapStrip strip;
        strip.resize(strip.sizeHint().width(), stripHeight);
        strip.setComments(commentsOf(1000));
        QVERIFY(strip.viewportRect().isEmpty());
        const QImage before = strip.grab().toImage();
        const int drawings = strip.drawingsMade();
        QCOMPARE(drawings, 1);

        strip.setViewport(100, 199); // pixel rows 50 … 99
        QCOMPARE(strip.viewportRect(), QRect(0, 50, strip.width(), 50));
        const QImage boxed = strip.grab().toImage();
        QCOMPARE(strip.drawingsMade(), drawings); // the cached drawing, only the box is new
        const QColor highlight = strip.palette().color(QPalette::Highlight);
        // The box's edge is drawn in the highlight colour, nearly opaque.
        const QColor edge = boxed.pixelColor(strip.width() / 2, 50);
        QVERIFY2(qAbs(edge.hue() - highlight.hue()) < 12 || highlight.saturation() < 30,
                 qPrintable(edge.name() + QLatin1Char(' ') + highlight.name()));
        QCOMPARE(boxed.pixelColor(strip.width() / 2, 200),
                 before.pixelColor(strip.width() / 2, 200));

        strip.setViewport(600, 649);
        QCOMPARE(strip.viewportRect(), QRect(0, 300, strip.width(), 25));
        QCOMPARE(strip.viewportFirst(), 600);
        QCOMPARE(strip.viewportLast(), 649);
        // A range past the end is cut to the thread; nonsense hides the box.
        strip.setViewport(990, 5000);
        QCOMPARE(strip.viewportLast(), 999);
        QCOMPARE(strip.viewportRect().bottom(), stripHeight - 1);
        strip.setViewport(-1, -1);
        QVERIFY(strip.viewportRect().isEmpty());
        strip.setViewport(7000, 7001);
        QVERIFY(strip.viewportRect().isEmpty());
        // A single comment of a binned map still gets a box one can see.
        strip.setViewport(10, 10);
        QVERIFY(strip.viewportRect().height() >= 6);
        strip.grab();
        QCOMPARE(strip.drawingsMade(), drawings);

        // New data, or a new size, draws again.
        strip.setFindHits({5});
        strip.grab();
        QCOMPARE(strip.drawingsMade(), drawings + 1);
        strip.resize(strip.width(), 300);
        strip.grab();
        QCOMPARE(strip.drawingsMade(), drawings + 2);
    }

    void ticksInTheAnnotationsColoursAndFindHits()
    {
        ThreadMapStrip strip;
        strip.resize(strip.sizeHint().width(), stripHeight);
        strip.setComments(commentsOf(100)); // 4 pixels each
        Annotation a;
        a.commentSourceId = QStringLiteral("c10");
        a.color = QStringLiteral("sky");
        Annotation b = a;
        b.commentSourceId = QStringLiteral("c60");
        b.color = QStringLiteral("vermillion");
        strip.setAnnotations({a, b});
        strip.setFindHits({30});
        strip.setReadMarks({QStringLiteral("c80")}, {});
        const QImage image = strip.grab().toImage();
        const int right = strip.treeArea().right() + 1;
        const QColor sky(HighlightPalette::hex(QStringLiteral("sky")));
        const QColor vermillion(HighlightPalette::hex(QStringLiteral("vermillion")));
        QVERIFY(rowHasColor(image, 10 * 4 + 1, sky, right));
        QVERIFY(!rowHasColor(image, 10 * 4 + 1, vermillion, right));
        QVERIFY(rowHasColor(image, 60 * 4 + 1, vermillion, right));
        QVERIFY(!rowHasColor(image, 20 * 4 + 1, sky, right));
        QVERIFY(!rowHasColor(image, 20 * 4 + 1, vermillion, right));
        // The find hit's tick is in the find lane, Chromium's match colour.
        QVERIFY(rowHasColor(image, 30 * 4 + 1, QColor(0xff, 0x96, 0x32), right));
        QVERIFY(!rowHasColor(image, 31 * 4 + 1, QColor(0xff, 0x96, 0x32), right));
        // An unread comment's tick is left of the tree, nothing is there elsewhere.
        const QColor background = image.pixelColor(3, 20 * 4 + 1);
        QVERIFY(image.pixelColor(3, 80 * 4 + 1) != background);
    }

    void darkThemeDrawsOnADarkBackground()
    {
        ThreadMapStrip strip;
        strip.resize(strip.sizeHint().width(), stripHeight);
        strip.setComments(commentsOf(10));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        strip.setPalette(dark);
        const QImage image = strip.grab().toImage();
        QVERIFY(image.pixelColor(strip.width() - 2, stripHeight - 2).lightness() < 64);
        // The lines stand out from it.
        const QColor line = image.pixelColor(strip.treeArea().left(), 1);
        QVERIFY2(line.lightness() > 110, qPrintable(line.name()));
    }

    void namedForScreenReaders()
    {
        ThreadMapStrip strip;
        QVERIFY(!strip.accessibleName().isEmpty());
        QVERIFY(!strip.accessibleDescription().isEmpty());
    }
};

QTEST_MAIN(TestThreadMapStrip)
#include "tst_threadmapstrip.moc"
