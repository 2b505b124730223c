// The annotation popover goes beside its selection, never over it: below when there is
// room, else above, else to a side, always inside the screen's available area.

#include "app/annotating/popoverplacement.h"

#include <QTest>

using namespace Scholia;

class TestPopoverPlacement : public QObject
{
    Q_OBJECT

private slots:
    void besideAndInside_data()
    {
        QTest::addColumn<QRect>("anchor");
        QTest::addColumn<QString>("side");
        QTest::newRow("middle: below") << QRect(400, 300, 200, 20) << QStringLiteral("below");
        QTest::newRow("top-left corner: below") << QRect(0, 0, 50, 18) << QStringLiteral("below");
        QTest::newRow("near the bottom: above") << QRect(400, 700, 300, 40) << QStringLiteral("above");
        QTest::newRow("at the right edge: below, pulled left") << QRect(1200, 100, 80, 20) << QStringLiteral("below");
        QTest::newRow("tall on the left: right") << QRect(20, 100, 300, 600) << QStringLiteral("right");
        QTest::newRow("tall on the right: left") << QRect(900, 100, 300, 600) << QStringLiteral("left");
        QTest::newRow("two lines across the page: below") << QRect(40, 200, 1200, 40) << QStringLiteral("below");
    }

    void besideAndInside()
    {
        QFETCH(QRect, anchor);
        QFETCH(QString, side);
        const QRect area(0, 0, 1280, 800);
        const QSize size(360, 260);
        const QRect popover(PopoverPlacement::place(size, anchor, area), size);
        QVERIFY2(area.contains(popover), qPrintable(QStringLiteral("%1,%2").arg(popover.x()).arg(popover.y())));
        QVERIFY(!popover.intersects(anchor));
        if (side == QLatin1String("below"))
            QVERIFY(popover.top() > anchor.bottom());
        else if (side == QLatin1String("above"))
            QVERIFY(popover.bottom() < anchor.top());
        else if (side == QLatin1String("right"))
            QVERIFY(popover.left() > anchor.right());
        else
            QVERIFY(popover.right() < anchor.left());
    }

    // A selection larger than the whole screen leaves no room beside it: the popover
    // still stays on the screen.
    void insideEvenWhenNothingFits()
    {
        const QRect area(0, 0, 800, 600);
        const QSize size(360, 260);
        const QRect popover(PopoverPlacement::place(size, QRect(-10, -10, 900, 700), area), size);
        QVERIFY(area.contains(popover));
    }

    // A screen not at the origin (a second monitor).
    void secondScreen()
    {
        const QRect area(1280, 0, 1920, 1080);
        const QSize size(360, 260);
        const QRect anchor(1300, 1000, 100, 20);
        const QRect popover(PopoverPlacement::place(size, anchor, area), size);
        QVERIFY(area.contains(popover));
        QVERIFY(!popover.intersects(anchor));
        QVERIFY(popover.bottom() < anchor.top());
    }
};

QTEST_GUILESS_MAIN(TestPopoverPlacement)
#include "tst_popoverplacement.moc"
