// SaveGaps: the sentence a partial save is described by, and what a merge forgets.

#include "core/savegaps.h"

#include <QTest>

using namespace Scholia;

namespace {

SaveGaps gaps(int missing, int uncounted, std::optional<int> total = std::nullopt)
{
    SaveGaps g;
    g.missingComments = missing;
    g.uncountedGaps = uncounted;
    g.siteTotal = total;
    return g;
}

} // namespace

class TestSaveGaps : public QObject
{
    Q_OBJECT

private slots:
    void summary_data()
    {
        QTest::addColumn<SaveGaps>("gaps");
        QTest::addColumn<QString>("sourceKind");
        QTest::addColumn<QString>("expected");

        QTest::newRow("whole") << gaps(0, 0, 340) << "discourse" << "";
        QTest::newRow("discourse stream") << gaps(320, 0, 340) << "discourse"
                                          << "320 of 340 posts are not in this save.";
        QTest::newRow("two of many") << gaps(2, 0, 57) << "discourse"
                                     << "2 of 57 posts are not in this save.";
        QTest::newRow("reddit stubs, no total") << gaps(1660, 0) << "reddit"
                                                << "1660 comments are not in this save.";
        // A total below what the file says is missing (deleted comments counted apart)
        // reads as a bare count rather than "1660 of 1655".
        QTest::newRow("total below missing") << gaps(1660, 0, 1655) << "reddit"
                                             << "1660 comments are not in this save.";
        QTest::newRow("mail") << gaps(2, 0) << "mbox" << "2 messages are not in this save.";
        QTest::newRow("answers") << gaps(2, 0, 5) << "stackexchange"
                                 << "2 of 5 answers are not in this save.";
        QTest::newRow("uncounted only")
            << gaps(0, 2) << "hackernews"
            << "This save is not whole: it links to more in 2 places it does not hold.";
        QTest::newRow("both") << gaps(1660, 3) << "reddit"
                              << "1660 comments are not in this save. It also links to more "
                                 "in 3 places it does not hold.";
    }
    void summary()
    {
        QFETCH(SaveGaps, gaps);
        QFETCH(QString, sourceKind);
        QFETCH(QString, expected);
        QCOMPARE(gaps.summary(sourceKind), expected);
        QCOMPARE(gaps.isWhole(), expected.isEmpty());
        QCOMPARE(gaps.importWarning(sourceKind, QStringLiteral("x")).isEmpty(), expected.isEmpty());
    }

    void importWarningNamesTheCountAndTheWayToTheRest()
    {
        const QString warning = gaps(320, 0, 340).importWarning(
            QStringLiteral("discourse"), QStringLiteral("320 ids in post_stream.stream with no post"));
        QVERIFY(warning.contains(QStringLiteral("320 of 340 posts")));
        QVERIFY(warning.contains(QStringLiteral("320 ids in post_stream.stream with no post")));
        QVERIFY(warning.contains(QStringLiteral("Save from Address")));
    }

    void forgetHeldCountsOnlyNamedIds()
    {
        SaveGaps g = gaps(5, 1, 9);
        g.missingIds = QStringList{"m1", "m2", "m3"};
        g.forgetHeld(QStringList{"m2", "other", "m3"});
        QCOMPARE(g.missingComments, 3);
        QCOMPARE(g.missingIds, QStringList{"m1"});
        QCOMPARE(g.uncountedGaps, 1);
        QCOMPARE(g.siteTotal, std::optional<int>(9));
    }

    void equalityIgnoresTheIdsThatOnlyServeAMerge()
    {
        SaveGaps a = gaps(2, 0, 4);
        SaveGaps b = a;
        b.missingIds = QStringList{"x", "y"};
        QCOMPARE(a, b);
        b.uncountedGaps = 1;
        QVERIFY(!(a == b));
    }
};

QTEST_GUILESS_MAIN(TestSaveGaps)
#include "tst_savegaps.moc"
