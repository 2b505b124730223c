#include "import/hackernews/hackernewshtmlimporter.h"
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
    return HackerNewsHtmlImporter().parse(*source);
}

} // namespace

class TestHackerNewsHtmlImporter : public QObject
{
    Q_OBJECT

private slots:
    void readsTheStory()
    {
        auto threads = parseFixture(QStringLiteral("html-item.html"));
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.sourceKind, QStringLiteral("hackernews"));
        QCOMPARE(doc.sourceId, QStringLiteral("6000"));
        QCOMPARE(doc.url, QUrl(QStringLiteral("https://news.ycombinator.com/item?id=6000")));
        QCOMPARE(doc.title, QStringLiteral("Ask HN: Caf\u00e9 & \"cr\u00e8me\" tools?"));
        QCOMPARE(doc.author, QStringLiteral("zo\u00eb"));
        QCOMPARE(doc.score, std::optional<qint64>(42));
        QCOMPARE(doc.created, QDateTime(QDate(2024, 1, 2), QTime(1, 0), Qt::UTC));
        QVERIFY(doc.linkUrl.isEmpty());
        QVERIFY2(doc.bodyText.startsWith(QStringLiteral("What do you use & why?")),
                 qPrintable(doc.bodyText));
        QVERIFY(doc.bodyText.contains(QStringLiteral("Z\u00fcrich edition")));
    }

    void buildsTheTreeFromIndentation()
    {
        auto threads = parseFixture(QStringLiteral("html-item.html"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        QStringList ids;
        QList<int> depths;
        for (const Comment &c : doc.comments) {
            ids << c.sourceId;
            depths << c.depth;
        }
        QCOMPARE(ids, QStringList({"6001", "6002", "6003", "6004", "6005", "6006", "6007"}));
        QCOMPARE(depths, QList<int>({0, 1, 2, 3, 0, 1, 0}));
        QCOMPARE(doc.findComment("6002")->url,
                 QUrl(QStringLiteral("https://news.ycombinator.com/item?id=6002")));
    }

    void readsAuthorsTimesAndStates()
    {
        auto threads = parseFixture(QStringLiteral("html-item.html"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.findComment("6001")->author, QStringLiteral("alice"));
        QCOMPARE(doc.findComment("6001")->created.toSecsSinceEpoch(), qint64(1704164645));
        QCOMPARE(doc.findComment("6002")->created, QDateTime(QDate(2024, 1, 2), QTime(4, 0), Qt::UTC));
        QVERIFY(!doc.findComment("6004")->created.isValid());
        const Comment *deleted = doc.findComment("6005");
        QCOMPARE(deleted->state, CommentState::Deleted);
        QVERIFY(deleted->author.isEmpty());
        QVERIFY(deleted->bodyText.isEmpty());
        QCOMPARE(doc.findComment("6007")->state, CommentState::Removed);
        QCOMPARE(doc.findComment("6001")->state, CommentState::Normal);
    }

    void sanitizesBodies()
    {
        auto threads = parseFixture(QStringLiteral("html-item.html"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        const Comment *c1 = doc.findComment("6001");
        QVERIFY2(c1->bodyText.startsWith(QStringLiteral("Fish & chips <3 always")),
                 qPrintable(c1->bodyText));
        QVERIFY(!c1->bodyText.contains(QStringLiteral("reply")));
        QVERIFY(!c1->bodyText.contains(QStringLiteral("alert")));
        QVERIFY(!c1->bodyHtml.contains(QStringLiteral("script")));
        QVERIFY2(
            c1->bodyHtml.contains(QStringLiteral("href=\"https://example.org/x?a=1&amp;b=2\"")),
            qPrintable(c1->bodyHtml));
        QCOMPARE(doc.findComment("6002")->bodyText,
                 QStringLiteral("Level two: Z\u00fcrich \u65e5\u672c\u8a9e"));
    }

    void warnsAboutMoreAndRelativeTimes()
    {
        auto threads = parseFixture(QStringLiteral("html-item.html"));
        QVERIFY(threads.ok());
        const QStringList warnings = threads->front().warnings;
        QCOMPARE(warnings.filter(QStringLiteral("incomplete save: ")).size(), 1);
        QVERIFY2(warnings.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("The file shows it by a \"More\" link to the next "
                                              "page.")),
                 qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(warnings.size(), 2); // and the one comment without a time
    }

    // A next page is a gap; the story's "N comments" says how large, when it is more than
    // the page holds.
    void reportsTheNextPage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("missing");
        QTest::addColumn<int>("uncounted");
        QTest::addColumn<int>("siteTotal");
        QTest::addColumn<QString>("says");
        QTest::newRow("More, and a count above the page's comments")
            << "html-item-page1.html" << 3 << 0 << 5
            << "3 of 5 comments are not in this save. The file shows it by a \"More\" link to "
               "the next page and the story's \"5 comments\" (this page holds 2).";
        // The count is no more than the page holds: it says nothing of the next page's size.
        QTest::newRow("More, and a count the page already holds")
            << "html-item.html" << 0 << 1 << 7
            << "This save is not whole: it links to more in 1 place";
        QTest::newRow("no More: whole") << "html-item-old.html" << 0 << 0 << 6 << QString();
    }
    void reportsTheNextPage()
    {
        QFETCH(QString, file);
        QFETCH(int, missing);
        QFETCH(int, uncounted);
        QFETCH(int, siteTotal);
        QFETCH(QString, says);
        auto threads = parseFixture(file);
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.gaps.missingComments, missing);
        QCOMPARE(doc.gaps.uncountedGaps, uncounted);
        QCOMPARE(doc.gaps.siteTotal, std::optional<int>(siteTotal));
        QVERIFY(doc.gaps.missingIds.isEmpty()); // the page does not name what it lacks
        const QStringList gapWarnings = doc.warnings.filter(QStringLiteral("incomplete save: "));
        QCOMPARE(gapWarnings.size(), doc.gaps.isWhole() ? 0 : 1);
        if (!says.isEmpty())
            QVERIFY2(gapWarnings.front().contains(says), qPrintable(gapWarnings.front()));
    }

    void readsTheCommentCountInAnyForm_data()
    {
        QTest::addColumn<QString>("subtext");
        QTest::addColumn<int>("siteTotal"); // -1: none
        QTest::newRow("no-break space")
            << "3 points | <a href=\"item?id=9\">12&nbsp;comments</a>" << 12;
        QTest::newRow("one") << "3 points | <a href=\"item?id=9\">1 comment</a>" << 1;
        QTest::newRow("none yet") << "3 points | <a href=\"item?id=9\">discuss</a>" << -1;
        QTest::newRow("a paginated page of 2012")
            << "3 points | <a href=\"item?id=9\">comments</a>" << -1;
    }
    void readsTheCommentCountInAnyForm()
    {
        QFETCH(QString, subtext);
        QFETCH(int, siteTotal);
        const QByteArray html =
            "<html><body><table><tr class=\"athing\" id=\"9\"><td class=\"title\"><span "
            "class=\"titleline\"><a href=\"item?id=9\">T</a></span></td></tr><tr><td "
            "class=\"subtext\">" +
            subtext.toUtf8() + "</td></tr></table></body></html>";
        auto threads = HackerNewsHtmlImporter().parse({QStringLiteral("item.html"), html});
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        QCOMPARE(threads->front().gaps.siteTotal,
                 siteTotal < 0 ? std::nullopt : std::optional<int>(siteTotal));
        QVERIFY(threads->front().gaps.isWhole());
    }

    // The markup before 2014: no athing rows, indent by spacer width, span.comment.
    void readsTheOlderMarkup()
    {
        auto threads = parseFixture(QStringLiteral("html-item-old.html"));
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.sourceId, QStringLiteral("5000"));
        QCOMPARE(doc.title, QStringLiteral("An older page: \"quotes\" & more"));
        QCOMPARE(doc.linkUrl, QUrl(QStringLiteral("http://example.com/article")));
        QCOMPARE(doc.author, QStringLiteral("zoe"));
        QCOMPARE(doc.score, std::optional<qint64>(17));
        QVERIFY(doc.bodyText.isEmpty()); // the row after the subtext holds only the reply form
        QStringList ids;
        QList<int> depths;
        for (const Comment &c : doc.comments) {
            ids << c.sourceId;
            depths << c.depth;
        }
        // The deleted row has no id on the page at all.
        QCOMPARE(ids, QStringList({"5001", "5002", "5003", "hn-html:after-5003", "5005", "5006"}));
        // 5006 is drawn two levels below 5005: it is kept, one level below.
        QCOMPARE(depths, QList<int>({0, 1, 2, 0, 1, 2}));
        QCOMPARE(doc.findComment("5002")->bodyText, QStringLiteral("Second level, na\u00efve caf\u00e9"));
        QVERIFY(
            doc.findComment("5001")->bodyHtml.contains(QStringLiteral("href=\"http://example.org/\"")));
        QVERIFY(!doc.findComment("5001")->bodyText.contains(QStringLiteral("reply")));
        QCOMPARE(doc.findComment("hn-html:after-5003")->state, CommentState::Deleted);
        QVERIFY(doc.findComment("hn-html:after-5003")->bodyText.isEmpty());
        QVERIFY(doc.findComment("hn-html:after-5003")->url.isEmpty()); // no page of its own to name
        QCOMPARE(doc.findComment("5003")->author, QStringLiteral("carol"));
        QVERIFY(!doc.findComment("5003")->created.isValid());
        QCOMPARE(doc.warnings.size(), 3); // relative times, the jump in indentation, the missing id
    }

    void reportsAPageWithoutAStory()
    {
        auto threads = parseFixture(QStringLiteral("html-broken.html"));
        QVERIFY(!threads.ok());
        const QString message = threads.error().toString();
        QVERIFY2(message.endsWith(QStringLiteral(
                     "html-broken.html: hn-html: the page shows no story (no .athing row, "
                     "no score_N, no subtext link) (at the story's row)")),
                 qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestHackerNewsHtmlImporter)
#include "tst_hackernewshtmlimporter.moc"
