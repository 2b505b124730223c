// PassedPages (issue 17, rounds 5 and 6): the whole pages behind a walk are given back and
// read as zeros; the page holding the walk's position, and what is after it, stay as they
// were; less than a step passed gives nothing back yet.

#include "import/passedpages.h"

#include <QByteArray>
#include <QTest>

#include <algorithm>

using namespace Scholia;

class TestPassedPages : public QObject
{
    Q_OBJECT

private slots:
    void pagesBehindTheWalkReadAsZeros()
    {
        QByteArray bytes(qsizetype(2) << 20, 'x');
        PassedPages passed(bytes.data());
        const size_t end = PassedPages::stepBytes * 3 + 100;
        passed.passedTo(end);
#ifdef Q_OS_LINUX
        QCOMPARE(bytes.at(qsizetype(PassedPages::stepBytes)), '\0');
        QCOMPARE(bytes.at(qsizetype(PassedPages::stepBytes * 2)), '\0');
#endif
        // The page the walk stands in is still read.
        QCOMPARE(bytes.at(qsizetype(end) - 1), 'x');
        QCOMPARE(bytes.at(qsizetype(end)), 'x');
        QCOMPARE(bytes.back(), 'x');
    }

    void lessThanAStepWaits()
    {
        QByteArray bytes(qsizetype(1) << 20, 'x');
        PassedPages passed(bytes.data());
        passed.passedTo(PassedPages::stepBytes / 2);
        QCOMPARE(bytes.at(qsizetype(PassedPages::stepBytes / 4)), 'x');
    }

    void withoutBytesNothingIsGivenBack()
    {
        QByteArray bytes(qsizetype(1) << 20, 'x');
        PassedPages passed;
        passed.passedTo(size_t(bytes.size()));
        QVERIFY(std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == 'x'; }));
    }
};

QTEST_GUILESS_MAIN(TestPassedPages)
#include "tst_passedpages.moc"
