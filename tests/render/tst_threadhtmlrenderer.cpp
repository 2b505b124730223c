#include "core/commenttree.h"
#include "core/threadhistory.h"
#include "core/threadoutline.h"
#include "import/importsource.h"
#include "import/reddit/redditjsonimporter.h"
#include "render/threadhtmlrenderer.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QTest>

using namespace Scholia;

class TestThreadHtmlRenderer : public QObject
{
    Q_OBJECT

private:
    static ThreadDocument smallThread()
    {
        auto source = ImportSource::readFile(QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/small-thread.json"));
        return RedditJsonImporter().parse(*source).value().front();
    }

private slots:
    void rendersEveryCommentInPreorderWithDepth()
    {
        const ThreadDocument doc = smallThread();
        const QString html = ThreadHtmlRenderer::render(doc, {});
        static const QRegularExpression article(QStringLiteral("<article class=\"[^\"]*\" id=\"c-([^\"]+)\" data-id=\"[^\"]+\" data-depth=\"(\\d+)\""));
        QStringList ids;
        QList<int> depths;
        for (auto it = article.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            ids << m.captured(1);
            depths << m.captured(2).toInt();
        }
        QStringList expectedIds;
        QList<int> expectedDepths;
        for (const Comment &c : doc.comments) {
            expectedIds << c.sourceId;
            expectedDepths << c.depth;
        }
        QCOMPARE(ids, expectedIds);
        QCOMPARE(depths, expectedDepths);
    }

    void marksOpDeletedAndPlaceholders()
    {
        const QString html = ThreadHtmlRenderer::render(smallThread(), {});
        QVERIFY(html.contains(QStringLiteral("class=\"comment depth-0 deleted\" id=\"c-c4\"")));
        QVERIFY(html.contains(QStringLiteral("class=\"comment depth-0 removed\" id=\"c-c6\"")));
        QVERIFY(html.contains(QStringLiteral("5 more replies not saved")));
        QVERIFY(html.contains(QStringLiteral("12 more replies not saved")));
        // c2 is by alice, the post's author.
        QVERIFY(html.contains(QStringLiteral("<span class=\"author op\">alice</span><span class=\"badge\" title=\"The author of the post\">OP</span>")));
        QVERIFY(html.contains(QStringLiteral("title=\"2023-11-14 22:16:40 UTC\"")));
    }

    // Qt writes a number into "%n" only when it is not negative; a downvoted comment
    // still shows its score, with its sign, in the view, the print and Markdown.
    void negativeScoresKeepTheirNumber()
    {
        ThreadDocument doc = smallThread();
        doc.comments.front().score = -3;
        doc.comments.at(1).score = 1;
        const QString html = ThreadHtmlRenderer::render(doc, {});
        QVERIFY(!html.contains(QStringLiteral("%n")));
        QVERIFY(html.contains(QStringLiteral("<span class=\"score\">-3 point(s)</span>")));
        QVERIFY(html.contains(QStringLiteral("<span class=\"score\">1 point(s)</span>")));
    }

    void escapesEverythingFromTheFile()
    {
        ThreadDocument doc;
        doc.title = QStringLiteral("<script>alert(1)</script>");
        doc.author = QStringLiteral("\"><img src=x onerror=alert(1)>");
        Comment c;
        c.sourceId = QStringLiteral("\"><script>");
        c.author = QStringLiteral("<b>me</b>");
        doc.comments.push_back(c);
        const QString html = ThreadHtmlRenderer::render(doc, {});
        QVERIFY(!html.contains(QStringLiteral("<script>alert")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("<b>me")));
    }

    void partialSaveSaysSoInTheHeader()
    {
        ThreadDocument doc = smallThread();
        doc.sourceKind = QStringLiteral("discourse");
        doc.gaps = SaveGaps();
        QVERIFY(!ThreadHtmlRenderer::render(doc, {}).contains(QStringLiteral("save-gaps")));
        doc.gaps.missingComments = 320;
        doc.gaps.siteTotal = 340;
        const QString html = ThreadHtmlRenderer::render(doc, {});
        const qsizetype line = html.indexOf(QStringLiteral("<p class=\"save-gaps\" role=\"note\""));
        QVERIFY(line > html.indexOf(QStringLiteral("<section class=\"post\">")));
        QVERIFY(line < html.indexOf(QStringLiteral("<article")));
        QVERIFY(html.contains(QStringLiteral(">320 of 340 posts are not in this save.</p>")));
    }

    void pageCarriesAStrictContentSecurityPolicy()
    {
        ThreadHtmlRenderer::Options options;
        options.stylesheetUrl = QStringLiteral("scholia://app/thread.css");
        const QString html = ThreadHtmlRenderer::render(smallThread(), options);
        QVERIFY(html.contains(QStringLiteral("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'")));
        QVERIFY(html.contains(QStringLiteral("<link rel=\"stylesheet\" href=\"scholia://app/thread.css\">")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
    }

    // A windowed page whose chunks the app serves: the page holds its own comments and
    // an empty box for each later chunk; each chunk rendered alone is exactly what the
    // whole page holds there, collapsed subtrees and annotations across the boundaries
    // included.
    void servedChunksRenderWhatTheWholePageHolds()
    {
        std::vector<LinkedComment> linked;
        for (int i = 0; i < 23; ++i) {
            Comment c;
            c.sourceId = QStringLiteral("s%1").arg(i);
            c.author = QStringLiteral("user%1").arg(i % 3);
            c.bodyText = QStringLiteral("Comment %1 here").arg(i);
            c.bodyHtml = QStringLiteral("<p>%1</p>").arg(c.bodyText);
            // s6 begins a chain through s11 (across the boundaries after s4 and s8).
            const QString parent = i >= 7 && i <= 11 ? QStringLiteral("s%1").arg(i - 1) : QString();
            linked.push_back({std::move(c), parent});
        }
        ThreadDocument doc;
        doc.title = QStringLiteral("Served");
        doc.comments = CommentTree::arrange(std::move(linked)).value();
        ThreadHtmlRenderer::Options options;
        options.scriptUrls = {QStringLiteral("scholia://app/start.js")};
        options.viewState = {{"s6", "s9"}, "s13"};
        Annotation passage;
        passage.id = 7;
        passage.commentSourceId = QStringLiteral("s12");
        passage.position = TextPositionSelector{0, 7};
        passage.color = QStringLiteral("yellow");
        options.annotations = {passage};
        const QString whole = ThreadHtmlRenderer::render(doc, options);
        const auto commentsOf = [](const QString &html) {
            static const QRegularExpression article(QStringLiteral("<article [^>]*>.*?</article>\n"));
            QString comments;
            for (auto it = article.globalMatch(html); it.hasNext();)
                comments += it.next().captured(0);
            return comments;
        };

        options.pageComments = 5;
        options.commentsPerChunk = 4;
        options.laterChunksUrl = QStringLiteral("scholia://thread/1/chunk/");
        ThreadHtmlRenderer::LaterChunks later;
        const QString page = ThreadHtmlRenderer::render(doc, options, &later);
        QCOMPARE(page.count(QStringLiteral("<article ")), 5);
        QCOMPARE(later.chunkCount(), 1 + 5); // 18 more comments, 4 a chunk
        for (int k = 1; k < later.chunkCount(); ++k)
            QVERIFY(page.contains(QStringLiteral("<div class=\"comments chunk unbuilt\" data-chunk=\"%1\"><svg ").arg(k)));
        QVERIFY(page.contains(QStringLiteral("\"url\":\"scholia://thread/1/chunk/\"")));
        QVERIFY(!page.contains(QStringLiteral("later-chunk")));
        QVERIFY(page.contains(QStringLiteral("connect-src scholia:")));
        // The app builds it from the outline and the page's own comments alone (the
        // others are never read): the same page.
        ThreadDocument start = doc;
        start.comments.resize(5);
        ThreadHtmlRenderer::LaterChunks fromOutline;
        QCOMPARE(ThreadHtmlRenderer::render(start, ThreadOutline::of(doc.comments), options, &fromOutline), page);
        QCOMPARE(fromOutline.replies, later.replies);
        QCOMPARE(fromOutline.hideBelowAtStart, later.hideBelowAtStart);

        const auto firstChunk = [&] {
            const std::vector<Comment> part(doc.comments.begin(), doc.comments.begin() + later.countOf(0));
            return ThreadHtmlRenderer::renderChunk(doc, options, later, 0, part);
        };
        QCOMPARE(firstChunk(), commentsOf(page)); // served again once taken down
        QString served = commentsOf(page);
        for (int k = 1; k < later.chunkCount(); ++k) {
            const int first = later.firstOf(k);
            const std::vector<Comment> part(doc.comments.begin() + first,
                                            doc.comments.begin() + first + later.countOf(k));
            ThreadDocument shell = doc;
            shell.comments.clear();
            served += ThreadHtmlRenderer::renderChunk(shell, options, later, k, part);
        }
        QCOMPARE(served, commentsOf(whole));
        QVERIFY(served.contains(QStringLiteral("data-annotation=\"7\"")));
        QVERIFY(ThreadHtmlRenderer::renderChunk(doc, options, later, later.chunkCount(), {}).isEmpty());
    }

    // A big thread's history is read without its read marks: the outline has them by
    // position, and the page's own comments get theirs (ThreadSchemeHandler). The same
    // page as with the history read whole.
    void readingModelComesFromTheOutlinesMarks()
    {
        const ThreadDocument doc = smallThread();
        QVERIFY(doc.comments.size() > 4);
        QVERIFY(!doc.comments[0].isPlaceholder());
        ThreadHistory whole;
        ThreadOutline outline = ThreadOutline::of(doc.comments);
        QVERIFY(!outline.hasReadMarks());
        outline.unread.assign(outline.size(), false);
        outline.fresh.assign(outline.size(), false);
        for (size_t i = 0; i < doc.comments.size(); ++i) {
            if (doc.comments[i].isPlaceholder())
                continue;
            if (i % 2 == 0) {
                whole.unread.insert(doc.comments[i].sourceId);
                outline.unread[i] = true;
            }
            if (i % 4 == 0) {
                whole.fresh.insert(doc.comments[i].sourceId);
                outline.fresh[i] = true;
            }
        }
        ThreadHtmlRenderer::Options options;
        options.scriptUrls = {QStringLiteral("scholia://app/start.js")};
        options.pageComments = 3;
        options.commentsPerChunk = 2;
        options.laterChunksUrl = QStringLiteral("scholia://thread/1/chunk/");
        options.history = &whole;
        const QString expected = ThreadHtmlRenderer::render(doc, options);
        QVERIFY(expected.contains(QStringLiteral("\"fresh\":[0,")));
        QVERIFY(expected.contains(QStringLiteral("\"unread\":[0,")));
        QVERIFY(expected.contains(QStringLiteral(" new unread")));

        ThreadHistory pageOnly;
        ThreadDocument start = doc;
        start.comments.resize(3);
        for (const Comment &c : start.comments) {
            if (whole.isUnread(c.sourceId))
                pageOnly.unread.insert(c.sourceId);
            if (whole.isNew(c.sourceId))
                pageOnly.fresh.insert(c.sourceId);
        }
        options.history = &pageOnly;
        QCOMPARE(ThreadHtmlRenderer::render(start, outline, options), expected);
    }

    void drawsTheSavedViewState()
    {
        ThreadHtmlRenderer::Options options;
        // c1 collapsed hides c2, c3 and c1's "more" stub; c2 stays collapsed inside it.
        options.viewState = {{"c1", "c2", "c7"}, "c5"};
        const QString html = ThreadHtmlRenderer::render(smallThread(), options);
        const auto classesOf = [&](const QString &id) {
            static const QRegularExpression article(QStringLiteral("<article class=\"([^\"]*)\" id=\"c-([^\"]+)\""));
            for (auto it = article.globalMatch(html); it.hasNext();) {
                const auto m = it.next();
                if (m.captured(2) == id)
                    return m.captured(1).split(QLatin1Char(' '));
            }
            return QStringList();
        };
        QVERIFY(classesOf("c1").contains("collapsed"));
        QVERIFY(!classesOf("c1").contains("hidden"));
        QVERIFY(classesOf("c2").contains("hidden"));
        QVERIFY(classesOf("c2").contains("collapsed"));
        QVERIFY(classesOf("c3").contains("hidden"));
        QVERIFY(classesOf("more:c1").contains("hidden"));
        QVERIFY(!classesOf("c4").contains("hidden"));
        QVERIFY(classesOf("c5").contains("focused"));
        // c7 has no replies: there is nothing to collapse.
        QVERIFY(!classesOf("c7").contains("collapsed"));
        QVERIFY(html.contains(QStringLiteral("<span class=\"summary\">2 replies</span>")) ||
                html.contains(QStringLiteral("<span class=\"summary\">2 replie")));
    }

    void relativeTimesWithExactTooltip()
    {
        ThreadHtmlRenderer::Options options;
        options.now = QDateTime::fromSecsSinceEpoch(1700000100 + 3 * 3600 + 5, QTimeZone::utc());
        const QString html = ThreadHtmlRenderer::render(smallThread(), options);
        QVERIFY2(html.contains(QStringLiteral("<time datetime=\"2023-11-14T22:15:00Z\" title=\"2023-11-14 22:15:00 UTC\">3 hour")),
                 qPrintable(html.left(3000)));
    }
};

QTEST_GUILESS_MAIN(TestThreadHtmlRenderer)
#include "tst_threadhtmlrenderer.moc"
