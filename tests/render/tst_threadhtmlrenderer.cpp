#include "import/importsource.h"
#include "import/redditjsonimporter.h"
#include "render/threadhtmlrenderer.h"

#include <QRegularExpression>
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
        static const QRegularExpression article(QStringLiteral("<article class=\"[^\"]*\" id=\"c-([^\"]+)\" data-depth=\"(\\d+)\""));
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
        QVERIFY(html.contains(QStringLiteral("<span class=\"author op\">alice</span><span class=\"badge\">OP</span>")));
        QVERIFY(html.contains(QStringLiteral("title=\"2023-11-14 22:16:40 UTC\"")));
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

    void pageCarriesAStrictContentSecurityPolicy()
    {
        ThreadHtmlRenderer::Options options;
        options.stylesheetUrl = QStringLiteral("scholia://app/thread.css");
        const QString html = ThreadHtmlRenderer::render(smallThread(), options);
        QVERIFY(html.contains(QStringLiteral("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'")));
        QVERIFY(html.contains(QStringLiteral("<link rel=\"stylesheet\" href=\"scholia://app/thread.css\">")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
    }
};

QTEST_GUILESS_MAIN(TestThreadHtmlRenderer)
#include "tst_threadhtmlrenderer.moc"
