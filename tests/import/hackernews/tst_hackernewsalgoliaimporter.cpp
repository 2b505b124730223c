#include "import/hackernews/hackernewsalgoliaimporter.h"
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
    return HackerNewsAlgoliaImporter().parse(*source);
}

} // namespace

class TestHackerNewsAlgoliaImporter : public QObject
{
    Q_OBJECT

private slots:
    void readsTheStory()
    {
        auto threads = parseFixture(QStringLiteral("algolia-item.json"));
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        QCOMPARE(threads->size(), size_t(1));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.sourceKind, QStringLiteral("hackernews"));
        QCOMPARE(doc.sourceId, QStringLiteral("9100"));
        QCOMPARE(doc.site, QStringLiteral("news.ycombinator.com"));
        QCOMPARE(doc.url, QUrl(QStringLiteral("https://news.ycombinator.com/item?id=9100")));
        QCOMPARE(doc.title, QStringLiteral("Ask HN: Caf\u00e9 & \"cr\u00e8me\" tools?"));
        QCOMPARE(doc.author, QStringLiteral("zo\u00eb"));
        QCOMPARE(doc.created.toSecsSinceEpoch(), qint64(1677664800));
        QCOMPARE(doc.score, std::optional<qint64>(42));
        QVERIFY(doc.linkUrl.isEmpty());
        QVERIFY2(doc.bodyText.contains(QStringLiteral("What do you use & why?")),
                 qPrintable(doc.bodyText));
        QVERIFY(doc.bodyText.contains(QStringLiteral("Z\u00fcrich \U0001F680 edition")));
    }

    void buildsTheTree()
    {
        auto threads = parseFixture(QStringLiteral("algolia-item.json"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        QStringList ids;
        QList<int> depths;
        for (const Comment &c : doc.comments) {
            ids << c.sourceId;
            depths << c.depth;
        }
        QCOMPARE(ids, QStringList({"9101", "9102", "9103", "9104", "9105", "9106", "9107"}));
        QCOMPARE(depths, QList<int>({0, 1, 2, 3, 0, 1, 0}));
        QCOMPARE(doc.realCommentCount(), 7);
        QCOMPARE(doc.findComment("9107")->siblingIndex, 2);
        QCOMPARE(doc.findComment("9101")->url,
                 QUrl(QStringLiteral("https://news.ycombinator.com/item?id=9101")));
    }

    void keepsDeletedCommentsInPlace()
    {
        auto threads = parseFixture(QStringLiteral("algolia-item.json"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        const Comment *deleted = doc.findComment("9105");
        QCOMPARE(deleted->state, CommentState::Deleted);
        QVERIFY(deleted->author.isEmpty());
        QCOMPARE(doc.comments[size_t(doc.findComment("9106")->parent)].sourceId, QStringLiteral("9105"));
        QCOMPARE(doc.findComment("9101")->state, CommentState::Normal);
    }

    void sanitizesAndDecodes()
    {
        auto threads = parseFixture(QStringLiteral("algolia-item.json"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        const Comment *c1 = doc.findComment("9101");
        QVERIFY2(c1->bodyText.startsWith(QStringLiteral("Fish & chips <3 always")),
                 qPrintable(c1->bodyText));
        QVERIFY(!c1->bodyText.contains(QStringLiteral("alert")));
        QVERIFY(!c1->bodyHtml.contains(QStringLiteral("script")));
        QVERIFY2(
            c1->bodyHtml.contains(QStringLiteral("href=\"https://example.org/x?a=1&amp;b=2\"")),
            qPrintable(c1->bodyHtml));
        QVERIFY(!doc.findComment("9103")->bodyHtml.contains(QStringLiteral("javascript")));
        QCOMPARE(doc.findComment("9104")->bodyText, QStringLiteral("Level four, \u65e5\u672c\u8a9e"));
    }

    void readsTimesFromEitherField()
    {
        auto threads = parseFixture(QStringLiteral("algolia-item.json"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.findComment("9101")->created.toSecsSinceEpoch(), qint64(1677665100));
        // Only the ISO "created_at".
        QCOMPARE(doc.findComment("9102")->created, QDateTime(QDate(2023, 3, 1), QTime(10, 6), Qt::UTC));
        QVERIFY(!doc.findComment("9107")->created.isValid());
        QVERIFY(!doc.findComment("9101")->score.has_value());
    }

    // Algolia answers with the whole tree at once (deleted comments keep their place) and
    // states no count of it: nothing in the file can show a gap.
    void aWholeTreeReportsNoGap()
    {
        auto threads = parseFixture(QStringLiteral("algolia-item.json"));
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        const ThreadDocument &doc = threads->front();
        QVERIFY(doc.gaps.isWhole());
        QCOMPARE(doc.gaps, SaveGaps());
        QVERIFY(doc.warnings.filter(QStringLiteral("incomplete save")).isEmpty());
    }

    void reportsBrokenFiles()
    {
        auto threads = parseFixture(QStringLiteral("algolia-broken.json"));
        QVERIFY(!threads.ok());
        const QString message = threads.error().toString();
        QVERIFY2(message.endsWith(QStringLiteral("algolia-broken.json: hn-algolia: not valid JSON: "
                                                 "unterminated object (at byte 116)")),
                 qPrintable(message));
    }

    // Deeper than simdjson's limit: a clear error, not a crash.
    void refusesNestingBeyondTheParser()
    {
        QByteArray json = "{\"id\": 1, \"created_at_i\": 1, \"type\": \"story\", \"children\": [";
        constexpr int depth = 5000;
        for (int i = 2; i <= depth; ++i)
            json += "{\"id\": " + QByteArray::number(i) +
                    ", \"author\": \"u\", \"text\": \"r\", \"children\": [";
        for (int i = 2; i <= depth; ++i)
            json += "]}";
        json += "]}";
        const ImportSource source{QStringLiteral("deep.json"), json};
        auto threads = HackerNewsAlgoliaImporter().parse(source);
        QVERIFY(!threads.ok());
        QVERIFY2(threads.error().toString().startsWith(
                     QStringLiteral("deep.json: hn-algolia: the JSON nests deeper than")),
                 qPrintable(threads.error().toString()));
    }

    // Within the parser's limit, the walk itself must not use the stack.
    void readsNestingUpToTheParsersLimit()
    {
        QByteArray json = "{\"id\": 1, \"created_at_i\": 1, \"type\": \"story\", \"children\": [";
        constexpr int depth = 400; // two JSON levels per reply
        for (int i = 2; i <= depth + 1; ++i)
            json += "{\"id\": " + QByteArray::number(i) +
                    ", \"author\": \"u\", \"text\": \"r\", \"children\": [";
        for (int i = 2; i <= depth + 1; ++i)
            json += "]}";
        json += "]}";
        auto threads =
            HackerNewsAlgoliaImporter().parse(ImportSource{QStringLiteral("deep.json"), json});
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        QCOMPARE(threads->front().comments.size(), size_t(depth));
        QCOMPARE(threads->front().comments.back().depth, depth - 1);
    }

    void reportsAWrongShape()
    {
        ImportSource source{
            QStringLiteral("x.json"),
            QByteArrayLiteral("{\"id\": 5, \"created_at_i\": 1, \"children\": {}}")};
        auto threads = HackerNewsAlgoliaImporter().parse(source);
        QVERIFY(!threads.ok());
        QCOMPARE(threads.error().toString(),
                 QStringLiteral("x.json: hn-algolia: \"children\" should be an array, found an "
                                "object (at children)"));
    }
};

QTEST_GUILESS_MAIN(TestHackerNewsAlgoliaImporter)
#include "tst_hackernewsalgoliaimporter.moc"
