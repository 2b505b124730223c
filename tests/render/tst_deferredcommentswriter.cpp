// A big thread's page: the first comments as elements, the rest as inert JSON data
// blocks (DeferredCommentsWriter, HtmlDataBlock) that nothing in a comment can break out of.

#include "core/commenttree.h"
#include "core/threaddocument.h"
#include "html/htmlsanitizer.h"
#include "render/htmldatablock.h"
#include "render/threadhtmlrenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Scholia;

namespace {

// c0 ─ c1 ─ c2, c3, c4 ─ c5, c6, c7: eight comments.
ThreadDocument eightComments()
{
    const char *parents[] = {"", "c0", "c1", "", "", "c4", "", ""};
    std::vector<LinkedComment> linked;
    for (int i = 0; i < 8; ++i) {
        Comment c;
        c.sourceId = QStringLiteral("c%1").arg(i);
        c.author = QStringLiteral("a");
        const SanitizedHtml body = HtmlSanitizer::sanitize(
            i == 6 ? QStringLiteral("<p>&lt;/script&gt;&lt;!-- <a "
                                    "href=\"https://x.test/</script>\">l</a> \u00e9</p>")
                   : QStringLiteral("<p>Comment %1</p>").arg(i));
        c.bodyHtml = body.html;
        c.bodyText = body.text;
        linked.push_back({c, QString::fromLatin1(parents[i])});
    }
    ThreadDocument doc;
    doc.sourceKind = QStringLiteral("test");
    doc.sourceId = QStringLiteral("eight");
    doc.title = QStringLiteral("Eight");
    doc.comments = CommentTree::arrange(std::move(linked)).value();
    return doc;
}

QStringList articleIds(const QString &html)
{
    static const QRegularExpression article(QStringLiteral("<article [^>]*data-id=\"([^\"]+)\""));
    QStringList ids;
    for (auto it = article.globalMatch(html); it.hasNext();)
        ids << it.next().captured(1);
    return ids;
}

QStringList dataBlocks(const QString &html, const QString &opening)
{
    QStringList blocks;
    qsizetype at = 0;
    while ((at = html.indexOf(opening, at)) >= 0) {
        at += opening.size();
        const qsizetype end = html.indexOf(QStringLiteral("</script>"), at);
        blocks << html.mid(at, end - at);
        at = end;
    }
    return blocks;
}

} // namespace

class TestDeferredCommentsWriter : public QObject
{
    Q_OBJECT

private slots:
    void jsonStringIsAsciiWithoutMarkupAndReadsBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("markup") << QStringLiteral("</script><!-- <script>x()</script> -->");
        QTest::newRow("json") << QStringLiteral("\"quoted\" \\ back\nline\ttab\x01");
        QTest::newRow("unicode") << QStringLiteral("\u00e9 \u202e \U0001F600 \u2028");
        QTest::newRow("entities") << QStringLiteral("&amp; &lt; & <>");
    }

    void jsonStringIsAsciiWithoutMarkupAndReadsBack()
    {
        QFETCH(QString, text);
        QString json;
        HtmlDataBlock::appendJsonString(json, text);
        for (const QChar c : json) {
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() < 0x7f, qPrintable(json));
            QVERIFY(c != QLatin1Char('<'));
        }
        const QJsonDocument back =
            QJsonDocument::fromJson(QStringLiteral("[%1]").arg(json).toUtf8());
        QCOMPARE(back.array().at(0).toString(), text);
    }

    void jsonStringKeepsWhatMeansNothingInAScriptAsItIs()
    {
        // Every '>' of the chunks' markup as \u003e made a 50 000-comment page 10 % bigger.
        QString json;
        HtmlDataBlock::appendJsonString(json, QStringLiteral("<b>a & b</b>"));
        QCOMPARE(json, QStringLiteral("\"\\u003cb>a & b\\u003c/b>\""));
    }

    void smallThreadsAndFilesKeepEveryCommentInThePage()
    {
        const ThreadDocument doc = eightComments();
        const QString html = ThreadHtmlRenderer::render(doc, {});
        QCOMPARE(articleIds(html).size(), 8);
        QVERIFY(!html.contains(QStringLiteral("later-model")));
        QVERIFY(!html.contains(QStringLiteral("later-marker")));
    }

    void bigThreadsPutTheRestInChunksWithAModel()
    {
        const ThreadDocument doc = eightComments();
        ThreadHtmlRenderer::Options options;
        options.scriptUrls = {QStringLiteral("scholia://app/scholia.js")};
        options.pageComments = 3;
        options.commentsPerChunk = 2;
        options.viewState.collapsed = {QStringLiteral("c4")};
        const QString html = ThreadHtmlRenderer::render(doc, options);

        const QString main = html.section(QStringLiteral("</main>"), 0, 0);
        QCOMPARE(articleIds(main),
                 (QStringList{QStringLiteral("c0"), QStringLiteral("c1"), QStringLiteral("c2")}));
        // The page's own comments are its first chunk, in a box of their own.
        QVERIFY(main.contains(QStringLiteral("<div class=\"comments chunk\">")));

        const QStringList models = dataBlocks(
            html, QStringLiteral("<script type=\"application/json\" id=\"later-model\">"));
        QCOMPARE(models.size(), 1);
        const QJsonObject model = QJsonDocument::fromJson(models.front().toUtf8()).object();
        QCOMPARE(model.value(QStringLiteral("chunk")).toInt(), 2);
        QCOMPARE(model.value(QStringLiteral("ids")).toArray().toVariantList(),
                 (QVariantList{QStringLiteral("c3"), QStringLiteral("c4"), QStringLiteral("c5"),
                               QStringLiteral("c6"), QStringLiteral("c7")}));
        QCOMPARE(model.value(QStringLiteral("depths")).toArray().toVariantList(),
                 (QVariantList{0, 0, 1, 0, 0}));
        QCOMPARE(model.value(QStringLiteral("toggles")).toString(), QStringLiteral("01000"));
        QVariantList lengths;
        for (size_t i = 3; i < doc.comments.size(); ++i)
            lengths << int(doc.comments[i].bodyText.size());
        QCOMPARE(model.value(QStringLiteral("lengths")).toArray().toVariantList(), lengths);
        QCOMPARE(model.value(QStringLiteral("collapsed")).toString(), QStringLiteral("01000"));

        const QStringList chunks = dataBlocks(
            html, QStringLiteral("<script type=\"application/json\" class=\"later-chunk\">"));
        QCOMPARE(chunks.size(), 3);
        QStringList later;
        for (const QString &chunk : chunks) {
            QVERIFY(!chunk.contains(QLatin1Char('<')));
            later += articleIds(QJsonDocument::fromJson(QStringLiteral("[%1]").arg(chunk).toUtf8())
                                    .array()
                                    .at(0)
                                    .toString());
        }
        QCOMPARE(later, model.value(QStringLiteral("ids")).toVariant().toStringList());
        // The hostile body travels whole inside its chunk.
        const QString third =
            QJsonDocument::fromJson(QStringLiteral("[%1]").arg(chunks[1]).toUtf8())
                .array()
                .at(0)
                .toString();
        QVERIFY(third.contains(doc.comments[6].bodyHtml));
    }

    void theSavedFocusFarDownStaysInItsChunkAndIsNamedInTheModel()
    {
        // The page restores it by building that chunk alone (chunks.js): the page itself
        // never grows to reach it.
        const ThreadDocument doc = eightComments();
        ThreadHtmlRenderer::Options options;
        options.pageComments = 3;
        options.commentsPerChunk = 2;
        options.viewState.focused = QStringLiteral("c6");
        const QString html = ThreadHtmlRenderer::render(doc, options);
        QCOMPARE(articleIds(html.section(QStringLiteral("</main>"), 0, 0)).size(), 3);
        const QStringList models = dataBlocks(
            html, QStringLiteral("<script type=\"application/json\" id=\"later-model\">"));
        QCOMPARE(models.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(models.front().toUtf8())
                     .object()
                     .value(QStringLiteral("focused"))
                     .toString(),
                 QStringLiteral("c6"));
    }
};

QTEST_GUILESS_MAIN(TestDeferredCommentsWriter)
#include "tst_deferredcommentswriter.moc"
