#include "import/mailthreader.h"

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
};

QTEST_GUILESS_MAIN(TestMailThreader)
#include "tst_mailthreader.moc"
