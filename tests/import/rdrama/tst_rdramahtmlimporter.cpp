#include "import/importerregistry.h"
#include "import/importsource.h"
#include "import/rdrama/rdramahtmlimporter.h"

#include <QTest>

using namespace Scholia;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/rdrama/") + name;
}

Result<std::vector<ThreadDocument>> parseFixture(const QString &name)
{
    auto source = ImportSource::readFile(fixture(name));
    if (!source)
        return source.error();
    return RdramaHtmlImporter().parse(*source);
}

QString parentId(const ThreadDocument &doc, const QString &id)
{
    const Comment *c = doc.findComment(id);
    return c && c->parent >= 0 ? doc.comments[size_t(c->parent)].sourceId : QString();
}

} // namespace

class TestRdramaHtmlImporter : public QObject
{
    Q_OBJECT

private slots:
    void readsThePost()
    {
        auto threads = parseFixture(QStringLiteral("page.html"));
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        QCOMPARE(threads->size(), size_t(1));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.sourceKind, QStringLiteral("themotte"));
        QCOMPARE(doc.sourceId, QStringLiteral("4242"));
        QCOMPARE(doc.url,
                 QUrl(QStringLiteral("https://www.themotte.org/post/4242/culture-war-roundup")));
        QCOMPARE(doc.site, QStringLiteral("www.themotte.org"));
        QCOMPARE(doc.title, QStringLiteral("Culture War Roundup for the week of November 13, "
                                           "2023 & \"friends\""));
        QCOMPARE(doc.author, QStringLiteral("zo\u00eb"));
        QCOMPARE(doc.score, std::optional<qint64>(57));
        QCOMPARE(doc.created, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        QVERIFY2(doc.bodyText.contains(QStringLiteral("Caf\u00e9 rules apply.")),
                 qPrintable(doc.bodyText));
        QVERIFY(!doc.bodyHtml.contains(QStringLiteral("script"), Qt::CaseInsensitive));
        QVERIFY(!doc.bodyText.contains(QStringLiteral("alert")));
    }

    void buildsTheTreeFromRepliesOf()
    {
        auto threads = parseFixture(QStringLiteral("page.html"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        QStringList ids;
        QList<int> depths;
        for (const Comment &c : doc.comments) {
            ids << c.sourceId;
            depths << c.depth;
        }
        QCOMPARE(ids,
                 QStringList({"101", "102", "103", "104", "105", "106", "107", "108", "109", "110",
                              "111", "112", "113", "rdrama:more-113", "114", "115", "116"}));
        QCOMPARE(depths, QList<int>({0, 1, 2, 3, 4, 1, 0, 1, 1, 0, 0, 1, 1, 2, 0, 1, 0}));
        QCOMPARE(parentId(doc, "105"), QStringLiteral("104"));
        QCOMPARE(parentId(doc, "109"), QStringLiteral("107"));
        QCOMPARE(doc.realCommentCount(), 16);
    }

    void readsAuthorsTimesScoresAndEdits()
    {
        auto threads = parseFixture(QStringLiteral("page.html"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        const Comment *first = doc.findComment("101");
        QCOMPARE(first->author, QStringLiteral("alice"));
        QCOMPARE(first->created.toSecsSinceEpoch(), qint64(1700000000 + 101 * 60));
        QCOMPARE(first->created.offsetFromUtc(), 0);
        QCOMPARE(first->score, std::optional<qint64>(12));
        QVERIFY(!first->wasEdited);
        QCOMPARE(doc.findComment("112")->score, std::optional<qint64>(-2));
        const Comment *edited = doc.findComment("106");
        QVERIFY(edited->wasEdited);
        QCOMPARE(edited->edited.toSecsSinceEpoch(), qint64(1700000000 + 106 * 60 + 3600));
        QCOMPARE(doc.findComment("111")->author, QStringLiteral("zo\u00eb"));
    }

    void decodesEntitiesAndKeepsNonAscii()
    {
        auto threads = parseFixture(QStringLiteral("page.html"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        const QString text = doc.findComment("101")->bodyText;
        QVERIFY2(text.contains(QStringLiteral("Caf\u00e9 & cr\u00e8me \"quoted\" \U0001F600")),
                 qPrintable(text));
        QVERIFY(doc.findComment("102")->bodyText.contains(QStringLiteral("5 < 7 > 3")));
        QVERIFY(doc.findComment("111")
                    ->bodyText.contains(
                        QStringLiteral("\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8")));
        QVERIFY(doc.findComment("101")->bodyHtml.contains(QStringLiteral("https://example.org/a?b=1")));
    }

    void dropsScripts()
    {
        auto threads = parseFixture(QStringLiteral("page.html"));
        QVERIFY(threads.ok());
        const Comment *c = (threads->front()).findComment("112");
        QVERIFY(!c->bodyHtml.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!c->bodyText.contains(QStringLiteral("alert")));
        QVERIFY(!c->bodyText.contains(QStringLiteral("cookie")));
        QVERIFY(c->bodyText.contains(QStringLiteral("Before")));
        QVERIFY(c->bodyText.contains(QStringLiteral("safe tail")));
    }

    void readsStubs()
    {
        auto threads = parseFixture(QStringLiteral("page.html"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        const Comment *deleted = doc.findComment("107");
        QCOMPARE(deleted->state, CommentState::Deleted);
        QVERIFY(deleted->bodyText.isEmpty());
        QVERIFY(deleted->author.isEmpty());
        QVERIFY(!deleted->isPlaceholder());
        const Comment *removed = doc.findComment("110");
        QCOMPARE(removed->state, CommentState::Removed);
        QVERIFY(removed->bodyText.isEmpty());
        const Comment *more = doc.findComment("rdrama:more-113");
        QVERIFY(more->isPlaceholder());
        QCOMPARE(*more->notSavedReplies, 0); // "More comments" says no count
        QCOMPARE(parentId(doc, "rdrama:more-113"), QStringLiteral("113"));
        QCOMPARE(doc.findComment("101")->state, CommentState::Normal);
    }

    // The template's "More comments" link (where nesting stops) and "Load more comments"
    // button (the next page of top-level comments) give no number: each is a place the
    // page links on from; a count, where a page has one, is counted. The page states no
    // total of its own.
    void reportsWhatTheSaveLacks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("uncounted");
        QTest::addColumn<QString>("detail"); // empty: the save is whole
        QTest::newRow("More comments") << "page.html" << 1 << "1 \"More comments\" link";
        QTest::newRow("and Load more")
            << "page-more-comments.html" << 2
            << "1 \"More comments\" link and 1 \"Load more comments\" button";
        QTest::newRow("whole") << "page-whole.html" << 0 << QString();
    }
    void reportsWhatTheSaveLacks()
    {
        QFETCH(QString, file);
        QFETCH(int, uncounted);
        QFETCH(QString, detail);
        auto threads = parseFixture(file);
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.gaps.missingComments, 0);
        QCOMPARE(doc.gaps.uncountedGaps, uncounted);
        QCOMPARE(doc.gaps.siteTotal, std::nullopt);
        QVERIFY(doc.gaps.missingIds.isEmpty());
        const QStringList warnings = doc.warnings.filter(QStringLiteral("incomplete save"));
        if (detail.isEmpty()) {
            QVERIFY(doc.gaps.isWhole());
            QVERIFY2(doc.warnings.isEmpty(), qPrintable(doc.warnings.join(QLatin1Char('\n'))));
            return;
        }
        QVERIFY(!doc.gaps.isWhole());
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first(), doc.gaps.importWarning(doc.sourceKind, detail));
        QVERIFY2(warnings.first().contains(QString::number(uncounted)),
                 qPrintable(warnings.first()));
        QVERIFY2(warnings.first().contains(detail), qPrintable(warnings.first()));
        // The button's own warning is this one now.
        QVERIFY(doc.warnings.filter(QStringLiteral("Load more comments")).size() <= 1);
    }

    void readsTheSmallPages()
    {
        auto threads = parseFixture(QStringLiteral("page-more-comments.html"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.sourceKind, QStringLiteral("themotte"));
        QCOMPARE(doc.sourceId, QStringLiteral("5150"));
        QStringList ids;
        QList<int> depths;
        for (const Comment &c : doc.comments) {
            ids << c.sourceId;
            depths << c.depth;
        }
        QCOMPARE(ids, QStringList({"501", "502", "503", "rdrama:more-503", "504"}));
        QCOMPARE(depths, QList<int>({0, 1, 2, 3, 0}));
        auto whole = parseFixture(QStringLiteral("page-whole.html"));
        QVERIFY(whole.ok());
        QCOMPARE(whole->front().comments.size(), size_t(2));
        QCOMPARE(whole->front().findComment("602")->depth, 1);
    }

    void toleratesMissingOptionalParts()
    {
        ImportSource source;
        source.path = QStringLiteral("minimal.html");
        source.data =
            "<html><body><div id=\"comment-list\">"
            "<div id=\"comment-7\" class=\"comment\"><div id=\"comment-7-only\">"
            "<div id=\"comment-text-7\"><p>No author, no time &amp; no score; "
            "<b onclick=\"timestamp('timestamp-7','1')\">handler elsewhere</b></p></div></div>"
            "<div id=\"replies-of-7\"><div id=\"comment-8\" class=\"comment\">"
            "<div id=\"comment-8-only\"><a class=\"user-name\">x</a>"
            "<span id=\"timestamp-8\" onclick=\"timestamp('timestamp-8','1690000000.5')\">1y</span>"
            "<div id=\"comment-text-8\">more comments: 4</div></div>"
            "<div id=\"morecomment-8\"><a>4 more comments</a></div></div></div>"
            "</div></div></body></html>";
        // Without a post id the thread cannot be named.
        auto unnamed = RdramaHtmlImporter().parse(source);
        QVERIFY(!unnamed.ok());
        QVERIFY2(unnamed.error().message.contains(QStringLiteral("no post id")),
                 qPrintable(unnamed.error().toString()));
        source.data.replace("<html>", "<html><head><link rel=\"canonical\" "
                                      "href=\"https://rdrama.net/post/77/some-slug\"></head>");
        auto threads = RdramaHtmlImporter().parse(source);
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.sourceKind, QStringLiteral("rdrama.net"));
        QCOMPARE(doc.sourceId, QStringLiteral("77"));
        QVERIFY(doc.title.isEmpty());
        QVERIFY(doc.author.isEmpty());
        QCOMPARE(doc.comments.size(), size_t(3));
        const Comment *seven = doc.findComment("7");
        QVERIFY(seven->author.isEmpty());
        QVERIFY(!seven->created.isValid());
        QVERIFY(!seven->score.has_value());
        QVERIFY(!seven->bodyHtml.contains(QStringLiteral("onclick")));
        QVERIFY(seven->bodyText.contains(QStringLiteral("no time & no score")));
        const Comment *eight = doc.findComment("8");
        QCOMPARE(parentId(doc, "8"), QStringLiteral("7"));
        QCOMPARE(eight->created.toSecsSinceEpoch(), qint64(1690000000));
        QCOMPARE(*doc.findComment("rdrama:more-8")->notSavedReplies, 4);
        QCOMPARE(doc.gaps.missingComments, 4); // a stub that says how many is counted
        QCOMPARE(doc.gaps.uncountedGaps, 0);
        QCOMPARE(parentId(doc, "rdrama:more-8"), QStringLiteral("8"));
        QVERIFY(!doc.warnings.isEmpty()); // comment 7 has no time
    }

    void brokenFileGetsAClearError()
    {
        auto threads = parseFixture(QStringLiteral("broken.html"));
        QVERIFY(!threads.ok());
        QVERIFY2(threads.error().message.contains(QStringLiteral("no rDrama comment markup found")),
                 qPrintable(threads.error().toString()));
        QCOMPARE(threads.error().format, QStringLiteral("rdrama-html"));
        QVERIFY(threads.error().file.endsWith(QStringLiteral("broken.html")));
    }

    void detection()
    {
        const ImporterRegistry registry = ImporterRegistry::withAllFormats();
        auto source = ImportSource::readFile(fixture(QStringLiteral("page.html")));
        QVERIFY(source.ok());
        QVERIFY(RdramaHtmlImporter().detect(*source) > 50);
        const Importer *detected = registry.detect(*source);
        QVERIFY(detected);
        QCOMPARE(detected->formatName(), QStringLiteral("rdrama-html"));
        auto broken = ImportSource::readFile(fixture(QStringLiteral("broken.html")));
        QVERIFY(broken.ok());
        QCOMPARE(RdramaHtmlImporter().detect(*broken), 0);
        auto hn = ImportSource::readFile(
            QStringLiteral(SCHOLIA_TEST_FIXTURES "/hackernews/html-item.html"));
        QVERIFY(hn.ok());
        QCOMPARE(RdramaHtmlImporter().detect(*hn), 0);
    }
};

QTEST_GUILESS_MAIN(TestRdramaHtmlImporter)
#include "tst_rdramahtmlimporter.moc"
