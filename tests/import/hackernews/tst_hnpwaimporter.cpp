#include "import/hackernews/hnpwaimporter.h"
#include "import/importsource.h"

#include <QTest>

using namespace Scholia;

namespace {

Result<std::vector<ThreadDocument>> parseFixture(const QString &name)
{
    auto source =
        ImportSource::readFile(QStringLiteral(SCHOLIA_TEST_FIXTURES "/hackernews/") + name);
    if (!source)
        return source.error();
    return HnpwaImporter().parse(*source);
}

} // namespace

class TestHnpwaImporter : public QObject
{
    Q_OBJECT

private slots:
    void readsTheStory()
    {
        auto threads = parseFixture(QStringLiteral("hnpwa-item.json"));
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.sourceKind, QStringLiteral("hackernews"));
        QCOMPARE(doc.sourceId, QStringLiteral("7000"));
        QCOMPARE(doc.url, QUrl(QStringLiteral("https://news.ycombinator.com/item?id=7000")));
        QCOMPARE(doc.title, QStringLiteral("Show HN: A \u00fcber-fast \"thing\" & more"));
        QCOMPARE(doc.author, QStringLiteral("zo\u00eb"));
        QCOMPARE(doc.score, std::optional<qint64>(12));
        QCOMPARE(doc.created.toSecsSinceEpoch(), qint64(1614667248));
        QCOMPARE(doc.linkUrl, QUrl(QStringLiteral("https://example.com/thing")));
        QCOMPARE(doc.bodyText, QStringLiteral("Body with & entity"));
    }

    void buildsTheTreeWithStates()
    {
        auto threads = parseFixture(QStringLiteral("hnpwa-item.json"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        QStringList ids;
        QList<int> depths;
        for (const Comment &c : doc.comments) {
            ids << c.sourceId;
            depths << c.depth;
        }
        QCOMPARE(ids,
                 QStringList({"7001", "7002", "7003", "7004", "7005", "7006", "7007", "7008"}));
        QCOMPARE(depths, QList<int>({0, 1, 2, 3, 0, 1, 0, 0}));
        QCOMPARE(doc.findComment("7005")->state, CommentState::Deleted);
        QCOMPARE(doc.findComment("7007")->state, CommentState::Removed);
        QCOMPARE(doc.findComment("7001")->state, CommentState::Normal);
        QVERIFY(!doc.findComment("7004")->created.isValid());
        QVERIFY(doc.warnings.isEmpty());
    }

    void sanitizesAndDecodes()
    {
        auto threads = parseFixture(QStringLiteral("hnpwa-item.json"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        const Comment *c1 = doc.findComment("7001");
        QCOMPARE(c1->bodyText, QStringLiteral("Fish & chips <3 always"));
        QVERIFY(!c1->bodyHtml.contains(QStringLiteral("script")));
        QCOMPARE(doc.findComment("7002")->bodyText, QStringLiteral("Level two \u65e5\u672c\u8a9e"));
    }

    // HNPWA answers with the whole tree at once and has no mark for a reply it left out;
    // comments_count also counts dead and deleted comments that a tree may not carry, so a
    // count above the tree's comments is not taken for missing ones.
    void aWholeTreeReportsNoGap_data()
    {
        QTest::addColumn<QByteArray>("json"); // empty: the hnpwa-item.json fixture
        QTest::newRow("fixture") << QByteArray();
        QTest::newRow("comments_count above the tree")
            << QByteArray("{\"id\": 1, \"title\": \"T\", \"comments_count\": 12, \"comments\": "
                          "[{\"id\": 2, \"user\": \"a\", \"content\": \"x\", \"comments\": []}]}");
    }
    void aWholeTreeReportsNoGap()
    {
        QFETCH(QByteArray, json);
        auto threads = json.isEmpty() ? parseFixture(QStringLiteral("hnpwa-item.json"))
                                      : HnpwaImporter().parse({QStringLiteral("item.json"), json});
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        const ThreadDocument &doc = threads->front();
        QVERIFY(doc.gaps.isWhole());
        QCOMPARE(doc.gaps, SaveGaps());
        QVERIFY(doc.warnings.filter(QStringLiteral("incomplete save")).isEmpty());
    }

    void reportsBrokenFiles()
    {
        auto threads = parseFixture(QStringLiteral("hnpwa-broken.json"));
        QVERIFY(!threads.ok());
        const QString message = threads.error().toString();
        QVERIFY2(
            message.endsWith(QStringLiteral("hnpwa-broken.json: hnpwa: \"comments\" should be an "
                                            "array, found a string (at comments[0].comments)")),
            qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestHnpwaImporter)
#include "tst_hnpwaimporter.moc"
