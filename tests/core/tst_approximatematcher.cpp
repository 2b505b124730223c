#include "core/approximatematcher.h"

#include <QTest>

using namespace Scholia;

class TestApproximateMatcher : public QObject
{
    Q_OBJECT

private slots:
    void distance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("equal") << "kitten"
                               << "kitten" << 0;
        QTest::newRow("classic") << "kitten"
                                 << "sitting" << 3;
        QTest::newRow("one empty") << ""
                                   << "abc" << 3;
        QTest::newRow("both empty") << ""
                                    << "" << 0;
        QTest::newRow("insertion") << "export controls"
                                   << "export  controls" << 1;
    }

    void distance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(ApproximateMatcher::distance(a, b), expected);
        QCOMPARE(ApproximateMatcher::distance(b, a), expected);
    }

    void findsExactAndEditedPlaces()
    {
        const QString text = "one export control, two export controls, three expert controls";
        const auto matches = ApproximateMatcher::find(text, u"export controls", 3, 10);
        QCOMPARE(matches.size(), size_t(3));
        QCOMPARE(matches[0].distance, 0);
        QCOMPARE(text.mid(matches[0].start, matches[0].end - matches[0].start),
                 QString("export controls"));
        // The two one-edit places, in text order.
        QCOMPARE(matches[1].distance, 1);
        QCOMPARE(matches[2].distance, 1);
        QVERIFY(matches[1].start < matches[2].start);
        QCOMPARE(text.mid(matches[1].start, matches[1].end - matches[1].start),
                 QString("export control"));
        QCOMPARE(text.mid(matches[2].start, matches[2].end - matches[2].start),
                 QString("expert controls"));
    }

    void respectsTheLimits()
    {
        QVERIFY(ApproximateMatcher::find(u"abc", u"", 1, 10).empty());
        QVERIFY(ApproximateMatcher::find(u"abc", u"xyz", 2, 10).empty()); // nothing shared: 3 edits
        const QString tooLong(ApproximateMatcher::maxPatternLength + 1, QLatin1Char('a'));
        QVERIFY(ApproximateMatcher::find(tooLong, tooLong, 0, 10).empty());
        const QString many = QString("ab ").repeated(100);
        QCOMPARE(ApproximateMatcher::find(many, u"ab", 0, 7).size(), size_t(7));
    }
};

QTEST_GUILESS_MAIN(TestApproximateMatcher)
#include "tst_approximatematcher.moc"
