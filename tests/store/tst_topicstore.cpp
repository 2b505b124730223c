// The topic view's queries: a tag gathers its own passages and its children's across
// every thread (never a tag that only starts with the same letters), in each order,
// with the counts the Topics tree shows.

#include "core/topicthread.h"
#include "store/library.h"
#include "store/topicstore.h"
#include "topicfixture.h"

#include <QTemporaryDir>
#include <QTest>

// Before any use: QFETCH needs it declared where the test data is built.
Q_DECLARE_METATYPE(Scholia::TopicSort)

using namespace Scholia;

class TestTopicStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Library> m_library;
    TopicFixture::Fixture m_fixture;

    TopicStore topics() { return m_library->topics(); }
    qint64 annotation(int n) const { return m_fixture.annotations.at(size_t(n - 1)); }
    QList<qint64> ids(const QString &tag, TopicSort sort)
    {
        QList<qint64> result;
        for (const TopicPassage &p : topics().passages(tag, sort).value())
            result << p.annotationId;
        return result;
    }

private slots:
    void init()
    {
        m_library = std::move(
            Library::open(m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(++m_counter)))
                .value());
        m_fixture = TopicFixture::build(*m_library);
    }

    void cleanup() { m_library.reset(); }

    void gathersEveryPassageOfTheTagAndItsChildren()
    {
        const std::vector<TopicPassage> passages =
            topics().passages("economics", TopicSort::Thread).value();
        QCOMPARE(passages.size(), size_t(4));

        // By thread title: Apples and oranges, Bread prices, Trade wars.
        const TopicPassage &apples = passages.at(0);
        QCOMPARE(apples.annotationId, annotation(5));
        QCOMPARE(apples.threadId, m_fixture.apples);
        QCOMPARE(apples.threadTitle, QString("Apples and oranges"));
        QCOMPARE(apples.threadSite, QString("news.example"));
        QCOMPARE(apples.commentSourceId, QString("c1"));
        QCOMPARE(apples.author, QString("alice"));
        QVERIFY(!apples.commentTime.isValid());
        QVERIFY(apples.wholeComment);
        QCOMPARE(apples.quote, QString("Comparative advantage explains it."));
        QCOMPARE(apples.note, QString("Ricardo."));
        QCOMPARE(apples.tags, QStringList({"economics", "economics/trade"}));
        QCOMPARE(apples.anchorState, AnchorState::Anchored);

        const TopicPassage &bread = passages.at(1);
        QCOMPARE(bread.annotationId, annotation(3));
        QCOMPARE(bread.threadTitle, QString("Bread prices"));
        QCOMPARE(bread.commentSourceId, QString("b1"));
        QCOMPARE(bread.author, QString("bob"));
        QCOMPARE(bread.commentTime, QDateTime::fromString("2024-01-15T12:30:00Z", Qt::ISODate));
        QVERIFY(!bread.wholeComment);
        QCOMPARE(bread.quote, QString("Wheat futures"));
        QCOMPARE(bread.tags, QStringList({"economics/trade"}));

        // Within a thread, in the thread's order: a1 before its reply a2.
        QCOMPARE(passages.at(2).annotationId, annotation(1));
        QCOMPARE(passages.at(2).quote, QString("raise prices"));
        QCOMPARE(passages.at(2).note, QString("The classic claim."));
        QCOMPARE(passages.at(2).color, QString("yellow"));
        QCOMPARE(passages.at(2).tags, QStringList({"economics", "policy/tariffs"}));
        QCOMPARE(passages.at(3).annotationId, annotation(2));
        QCOMPARE(passages.at(3).quote, QString("Not always; it depends on elasticity."));
        QCOMPARE(passages.at(3).tags, QStringList({"economics/trade", "rhetoric"}));
    }

    void aChildTagGathersOnlyItsOwn()
    {
        QCOMPARE(ids("economics/trade", TopicSort::Thread),
                 QList<qint64>({annotation(5), annotation(3), annotation(2)}));
        QCOMPARE(ids("economicsx", TopicSort::Thread), QList<qint64>({annotation(4)}));
        // A segment no tag is named after gathers what is below it.
        QCOMPARE(ids("policy", TopicSort::Thread), QList<qint64>({annotation(1)}));
    }

    void namesIgnoreCaseAndLikeWildcardsAreLiteral()
    {
        QCOMPARE(ids("Economics", TopicSort::Thread), ids("economics", TopicSort::Thread));
        QCOMPARE(ids("economic_", TopicSort::Thread), QList<qint64>());
        QCOMPARE(ids("econ%", TopicSort::Thread), QList<qint64>());
        QCOMPARE(ids("nothing", TopicSort::Thread), QList<qint64>());
        QVERIFY(!topics().passages(" / ", TopicSort::Thread).ok());
    }

    void sortsByDateThreadOrAuthor_data()
    {
        QTest::addColumn<TopicSort>("sort");
        QTest::addColumn<QList<int>>("expected");
        QTest::addColumn<QStringList>("threads");
        // Dates: b1 2024-01-15, a2 2024-03-01, a1 2024-03-02, c1 unknown (last).
        QTest::newRow("date") << TopicSort::Date << QList<int>{3, 2, 1, 5}
                              << QStringList{"Bread prices", "Trade wars", "Apples and oranges"};
        QTest::newRow("thread") << TopicSort::Thread << QList<int>{5, 3, 1, 2}
                                << QStringList{"Apples and oranges", "Bread prices", "Trade wars"};
        // alice (a2 dated before c1 undated), bob, carol.
        QTest::newRow("author") << TopicSort::Author << QList<int>{2, 5, 3, 1}
                                << QStringList{"Trade wars", "Apples and oranges", "Bread prices"};
    }

    void sortsByDateThreadOrAuthor()
    {
        QFETCH(TopicSort, sort);
        QFETCH(QList<int>, expected);
        QFETCH(QStringList, threads);
        QList<qint64> wanted;
        for (const int n : expected)
            wanted << annotation(n);
        QCOMPARE(ids("economics", sort), wanted);

        // Grouped, a thread comes where its first passage does.
        const std::vector<TopicThread> groups =
            TopicThread::group(topics().passages("economics", sort).value());
        QStringList titles;
        for (const TopicThread &group : groups)
            titles << group.title;
        QCOMPARE(titles, threads);
        const auto trade = std::find_if(groups.cbegin(), groups.cend(), [](const TopicThread &t) {
            return t.title == "Trade wars";
        });
        QCOMPARE(trade->passages.size(), size_t(2));
    }

    void countsEachTagWithAndWithoutItsChildren()
    {
        QStringList counted;
        for (const TopicTagCount &tag : topics().tagCounts().value())
            counted << QStringLiteral("%1 %2 %3 %4")
                           .arg(tag.name)
                           .arg(tag.isTag ? "tag" : "segment")
                           .arg(tag.ownCount)
                           .arg(tag.passageCount);
        // Annotation 5 carries economics and economics/trade: counted once for economics.
        QCOMPARE(counted,
                 QStringList({"economics tag 2 4", "economics/trade tag 3 3", "economicsx tag 1 1",
                              "policy segment 0 1", "policy/tariffs tag 1 1", "rhetoric tag 2 2"}));
        QVERIFY(!topics().tagCounts().value().front().color.isEmpty());
    }

    void orphansAndRemovedThreadsFollowTheStore()
    {
        // Re-importing "Bread prices" without b1 orphans its passage; it stays gathered.
        ThreadDocument bread =
            TopicFixture::thread("bread", "Bread prices", "forum.test",
                                 {TopicFixture::comment("b2", -1, 0, "dave", "2024-05-20T08:00:00Z",
                                                        "Bakers buy forward.")});
        QVERIFY(m_library->threads().saveThread(bread).ok());
        const std::vector<TopicPassage> passages =
            topics().passages("economics/trade", TopicSort::Thread).value();
        const auto orphan = std::find_if(passages.cbegin(), passages.cend(), [&](const auto &p) {
            return p.annotationId == annotation(3);
        });
        QVERIFY(orphan != passages.cend());
        QCOMPARE(orphan->anchorState, AnchorState::Orphaned);
        QCOMPARE(orphan->quote, QString("Wheat futures"));
        QCOMPARE(orphan->author, QString()); // the comment row is gone

        QVERIFY(m_library->threads().deleteThread(m_fixture.apples).ok());
        QCOMPARE(ids("economics", TopicSort::Thread),
                 QList<qint64>({annotation(3), annotation(1), annotation(2)}));
    }

    void capsAWholeCommentsText()
    {
        QCOMPARE(TopicStore::capped("short"), QString("short"));
        QString words;
        while (words.size() < 2 * TopicStore::quoteLimit)
            words += "word ";
        const QString cut = TopicStore::capped(words);
        QVERIFY(cut.size() <= TopicStore::quoteLimit + 1);
        QVERIFY(cut.endsWith(QString("word") + QChar(0x2026)));
        const QString solid(2 * TopicStore::quoteLimit, QChar('x'));
        QCOMPARE(TopicStore::capped(solid).size(), TopicStore::quoteLimit + 1);
    }
};

QTEST_GUILESS_MAIN(TestTopicStore)
#include "tst_topicstore.moc"
