#include "core/commenttree.h"
#include "html/markdownrenderer.h"
#include "import/importsource.h"
#include "import/reddit/bdfrarchiveimporter.h"

#include <QTest>

using namespace Scholia;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/bdfr/") + name;
}

Result<std::vector<ThreadDocument>> parseFixture(const QString &name)
{
    auto source = ImportSource::readFile(fixture(name));
    if (!source)
        return source.error();
    return BdfrArchiveImporter().parse(*source);
}

} // namespace

class TestBdfrArchiveImporter : public QObject
{
    Q_OBJECT

private slots:
    void rendersMarkdownWithoutRawHtml()
    {
        const QString html = MarkdownRenderer::toHtml(
            QStringLiteral("**bold** ~~gone~~ <b>raw</b>\n\n| a |\n|---|\n| 1 |"));
        QVERIFY2(html.contains(QStringLiteral("<strong>bold</strong>")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<del>gone</del>")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("&lt;b&gt;raw&lt;/b&gt;")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<table>")), qPrintable(html));
    }

    void readsTheSubmission()
    {
        auto threads = parseFixture(QStringLiteral("submission.json"));
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        QCOMPARE(threads->size(), size_t(1));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.sourceKind, QStringLiteral("reddit")); // merges with a reddit-json save
        QCOMPARE(doc.sourceId, QStringLiteral("abc123"));
        QCOMPARE(doc.title,
                 QStringLiteral("Best way to archive a subreddit? Fish & chips \u00e9dition"));
        QCOMPARE(doc.author, QStringLiteral("hoarder"));
        QCOMPARE(doc.site, QStringLiteral("reddit.com/r/DataHoarder"));
        QCOMPARE(doc.url,
                 QUrl(QStringLiteral(
                     "https://www.reddit.com/r/DataHoarder/comments/abc123/best_way_to_archive/")));
        QVERIFY(doc.linkUrl.isEmpty()); // a self post's url is its own page
        QCOMPARE(doc.created.toSecsSinceEpoch(), qint64(1600000000));
        QCOMPARE(doc.score, std::optional<qint64>(42));
        QVERIFY2(doc.bodyHtml.contains(QStringLiteral("<strong>archive</strong>")),
                 qPrintable(doc.bodyHtml));
        QVERIFY2(doc.bodyHtml.contains(QStringLiteral("<li>one</li>")), qPrintable(doc.bodyHtml));
        QVERIFY(!doc.bodyHtml.contains(QStringLiteral("<script")));
        QVERIFY(doc.bodyText.contains(QStringLiteral("<script>alert(1)</script> & more")));
    }

    void walksNestedReplies()
    {
        auto threads = parseFixture(QStringLiteral("submission.json"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        QVERIFY(CommentTree::validate(doc.comments).ok());
        QStringList order;
        QList<int> depths;
        for (const Comment &c : doc.comments) {
            order << c.sourceId;
            depths << c.depth;
        }
        QCOMPARE(order, QStringList({"c1", "c2", "c3", "c4", "c5"}));
        QCOMPARE(depths, QList<int>({0, 1, 2, 0, 0}));
        QCOMPARE(
            doc.findComment("c1")->url,
            QUrl(QStringLiteral(
                "https://www.reddit.com/r/DataHoarder/comments/abc123/best_way_to_archive/c1/")));
    }

    void readsStatesScoresAndMissingFields()
    {
        auto threads = parseFixture(QStringLiteral("submission.json"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        QCOMPARE(
            doc.findComment("c1")->bodyText,
            QStringLiteral("Use bdfr. It's great \u2014 na\u00efve but works. \u65e5\u672c\u8a9e"));
        QVERIFY(doc.findComment("c1")->bodyHtml.contains(QStringLiteral("<em>great</em>")));
        QCOMPARE(doc.findComment("c2")->state, CommentState::Deleted);
        QCOMPARE(doc.findComment("c2")->author, QStringLiteral("[deleted]"));
        QCOMPARE(doc.findComment("c4")->state, CommentState::Removed);
        QCOMPARE(doc.findComment("c4")->score, std::optional<qint64>(-2));
        const Comment *bare = doc.findComment("c5");
        QVERIFY(!bare->score);
        QVERIFY(!bare->created.isValid());
        QVERIFY(doc.warnings.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("comment c5 has no time")));
    }

    // An archive has no stubs or links to more (bdfr drops them unsaved), so it reports
    // nothing missing; its num_comments is kept as the site's total.
    void archiveReportsNoGaps_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<std::optional<int>>("siteTotal");
        QTest::newRow("self post") << "submission.json" << std::optional<int>(6);
        QTest::newRow("link post") << "link-post.json" << std::optional<int>();
    }
    void archiveReportsNoGaps()
    {
        QFETCH(QString, file);
        QFETCH(std::optional<int>, siteTotal);
        auto threads = parseFixture(file);
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        const ThreadDocument &doc = threads->front();
        QVERIFY(doc.gaps.isWhole());
        QCOMPARE(doc.gaps.missingComments, 0);
        QCOMPARE(doc.gaps.uncountedGaps, 0);
        QVERIFY(doc.gaps.missingIds.isEmpty());
        QCOMPARE(doc.gaps.siteTotal, siteTotal);
        QVERIFY(doc.warnings.filter(QStringLiteral("incomplete save")).isEmpty());
    }

    void sanitizesLinksAndEntities()
    {
        auto threads = parseFixture(QStringLiteral("submission.json"));
        QVERIFY(threads.ok());
        const Comment *c3 = (threads->front()).findComment("c3");
        QVERIFY(!c3->bodyHtml.contains(QStringLiteral("javascript")));
        QVERIFY(c3->bodyHtml.contains(QStringLiteral("href=\"https://example.org\"")));
        // Markdown's entity "&amp;" is one "&"; raw HTML stays text.
        QCOMPARE(c3->bodyText, QStringLiteral("link and ok & <b>raw</b>"));
    }

    void linkPostKeepsItsTarget()
    {
        auto threads = parseFixture(QStringLiteral("link-post.json"));
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        QCOMPARE(threads->front().linkUrl, QUrl(QStringLiteral("https://example.org/article")));
        QVERIFY(threads->front().comments.empty());
    }

    void reportsBrokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("replies not an array")
            << "replies-not-array.json"
            << "bdfr: \"replies\" should be an array, found an object (at comments[0].replies)";
    }
    void reportsBrokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        auto threads = parseFixture(file);
        QVERIFY(!threads.ok());
        const QString message = threads.error().toString();
        QVERIFY2(message.startsWith(fixture(file) + QStringLiteral(": ")), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void missingIdIsAnError()
    {
        auto threads = BdfrArchiveImporter().parse(
            {QStringLiteral("s.json"), QByteArray("{\"title\": \"t\", \"comments\": []}")});
        QVERIFY(!threads.ok());
        QCOMPARE(threads.error().toString(),
                 QStringLiteral("s.json: bdfr: the submission has no \"id\" (at id)"));
    }

    void tooDeepJsonIsAnErrorNotACrash()
    {
        const int levels = 3000;
        QByteArray json = "{\"id\":\"p\",\"selftext\":\"\",\"comments\":[";
        for (int i = 0; i < levels; ++i)
            json += "{\"id\":\"d" + QByteArray::number(i) + "\",\"replies\":[";
        for (int i = 0; i < levels; ++i)
            json += "]}";
        json += "]}";
        auto threads = BdfrArchiveImporter().parse({QStringLiteral("deep.json"), json});
        QVERIFY(!threads.ok());
        QVERIFY2(threads.error().message.contains(QStringLiteral("deeper than")),
                 qPrintable(threads.error().message));
        QCOMPARE(threads.error().format, QStringLiteral("bdfr"));
    }

    void deepReplyChainImports()
    {
        // Two JSON levels per reply; the parser's own depth limit (1024) bounds the file.
        const int levels = 400;
        QByteArray json = "{\"id\":\"p\",\"title\":\"deep\",\"selftext\":\"\",\"comments\":[";
        for (int i = 0; i < levels; ++i)
            json += "{\"id\":\"d" + QByteArray::number(i) + "\",\"body\":\"level\",\"replies\":[";
        for (int i = 0; i < levels; ++i)
            json += "]}";
        json += "]}";
        auto threads = BdfrArchiveImporter().parse({QStringLiteral("deep.json"), json});
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        QCOMPARE(int(threads->front().comments.size()), levels);
        QCOMPARE(threads->front().comments.back().depth, levels - 1);
    }
};

QTEST_GUILESS_MAIN(TestBdfrArchiveImporter)
#include "tst_bdfrarchiveimporter.moc"
