#include "import/mail/mailthreader.h"

#include <QTest>

using namespace Scholia;

namespace {

// "id:ref1,ref2" → the message's links.
std::vector<MailThreadLinks> linksOf(const QStringList &messages)
{
    std::vector<MailThreadLinks> links;
    for (const QString &message : messages) {
        const QStringList parts = message.split(QLatin1Char(':'));
        links.push_back({parts[0], parts.value(1).split(QLatin1Char(','), Qt::SkipEmptyParts)});
    }
    return links;
}

} // namespace

class TestMailThreader : public QObject
{
    Q_OBJECT

private slots:
    void threads_data()
    {
        QTest::addColumn<QStringList>("messages");
        QTest::addColumn<QList<int>>("parents");
        QTest::addColumn<QList<int>>("roots");
        QTest::newRow("in-reply-to chain")
            << QStringList{"a", "b:a", "c:b"} << QList<int>{-1, 0, 1} << QList<int>{0, 0, 0};
        QTest::newRow("reply before its parent")
            << QStringList{"c:a,b", "a", "b:a"} << QList<int>{2, -1, 1} << QList<int>{1, 1, 1};
        QTest::newRow("missing parent moves up to the grandparent")
            << QStringList{"a", "c:a,lost"} << QList<int>{-1, 0} << QList<int>{0, 0};
        QTest::newRow("two missing ancestors at the root: an orphan")
            << QStringList{"a", "c:gone1,gone2"} << QList<int>{-1, -1} << QList<int>{0, 1};
        QTest::newRow("siblings under one missing root become separate threads")
            << QStringList{"b:gone", "c:gone"} << QList<int>{-1, -1} << QList<int>{0, 1};
        QTest::newRow("a later message's references place an earlier root")
            << QStringList{"a", "b", "c:b,a"} << QList<int>{1, -1, 0} << QList<int>{1, 1, 1};
        QTest::newRow("but never move a message that already has a parent")
            << QStringList{"a:x", "b", "c:b,a"} << QList<int>{-1, -1, 0} << QList<int>{0, 1, 0};
        QTest::newRow("cycle refused")
            << QStringList{"a:b", "b:a"} << QList<int>{1, -1} << QList<int>{1, 1};
        QTest::newRow("longer cycle refused")
            << QStringList{"a:c", "b:a", "c:b"} << QList<int>{2, 0, -1} << QList<int>{2, 2, 2};
        QTest::newRow("self reference ignored")
            << QStringList{"a:a"} << QList<int>{-1} << QList<int>{0};
        QTest::newRow("Yahoo's .ref of its own id ignored")
            << QStringList{"m@mail.yahoo.com:m.ref@mail.yahoo.com", "r:m@mail.yahoo.com"}
            << QList<int>{-1, 0} << QList<int>{0, 0};
    }
    void threads()
    {
        QFETCH(QStringList, messages);
        QFETCH(QList<int>, parents);
        QFETCH(QList<int>, roots);
        const MailThreads result = MailThreader::thread(linksOf(messages));
        QCOMPARE(QList<int>(result.parent.begin(), result.parent.end()), parents);
        QCOMPARE(QList<int>(result.root.begin(), result.root.end()), roots);
    }

    // JWZ's empty containers, kept with the threads whose messages reference them.
    void keepsAbsentReferencesWithTheirThreads_data()
    {
        QTest::addColumn<QStringList>("messages");
        QTest::addColumn<QStringList>("absent"); // "root index:id,id" for each thread lacking some
        QTest::newRow("nothing absent") << QStringList{"a", "b:a", "c:a,b"} << QStringList{};
        QTest::newRow("a lost parent, its grandparent held")
            << QStringList{"a", "c:a,lost"} << QStringList{"0:lost"};
        QTest::newRow("an earlier month's ancestors above an orphan")
            << QStringList{"a", "c:gone1,gone2", "d:gone1,gone2,c"} << QStringList{"1:gone1,gone2"};
        QTest::newRow("one absent message, two threads")
            << QStringList{"b:gone", "c:gone"} << QStringList{"0:gone", "1:gone"};
        QTest::newRow("named by two replies, counted once")
            << QStringList{"a", "b:a,lost", "c:a,lost,b"} << QStringList{"0:lost"};
        QTest::newRow("a reply before the root it names")
            << QStringList{"c:x,a", "a:x"} << QStringList{"1:x"};
        QTest::newRow("self reference is not absent") << QStringList{"a:a"} << QStringList{};
        // Yahoo Mail's new messages name "<their own id>.ref", which no message has.
        QTest::newRow("Yahoo's .ref of its own id is not absent")
            << QStringList{"1594191704169@mail.yahoo.com:1594191704169.ref@mail.yahoo.com"}
            << QStringList{};
        QTest::newRow("nor in its replies' references")
            << QStringList{"m@mail.yahoo.com:m.ref@mail.yahoo.com",
                           "r:m.ref@mail.yahoo.com,m@mail.yahoo.com"}
            << QStringList{};
        QTest::newRow("an absent Yahoo root counts once")
            << QStringList{"r:m.ref@mail.yahoo.com,m@mail.yahoo.com"}
            << QStringList{"0:m@mail.yahoo.com"};
        QTest::newRow("a .ref alone names a message")
            << QStringList{"b@mail.yahoo.com:a.ref@mail.yahoo.com"}
            << QStringList{"0:a.ref@mail.yahoo.com"};
    }
    void keepsAbsentReferencesWithTheirThreads()
    {
        QFETCH(QStringList, messages);
        QFETCH(QStringList, absent);
        const MailThreads result = MailThreader::thread(linksOf(messages));
        QCOMPARE(result.absent.size(), result.root.size());
        QStringList actual;
        for (size_t i = 0; i < result.absent.size(); ++i) {
            if (!result.absent[i].isEmpty()) {
                QCOMPARE(result.root[i], int(i)); // only roots carry them
                actual << QString::number(i) + QLatin1Char(':') +
                              result.absent[i].join(QLatin1Char(','));
            }
        }
        QCOMPARE(actual, absent);
    }
};

QTEST_GUILESS_MAIN(TestMailThreader)
#include "tst_mailthreader.moc"
