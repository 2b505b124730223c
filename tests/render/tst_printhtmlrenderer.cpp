// The print page: title block, notes, chosen comments, highlights with labels, notes as
// endnotes or boxes, greyscale, depth, links written out — and nothing that runs or loads.

#include "../export/exportfixture.h"
#include "core/threadscope.h"
#include "render/printcommentbody.h"
#include "render/printhtmlrenderer.h"

#include <QRegularExpression>
#include <QTest>

using namespace Scholia;

class TestPrintHtmlRenderer : public QObject
{
    Q_OBJECT

private slots:
    void drawsTheArgumentMapAndEachPassagesLinks()
    {
        const AnnotatedThread source = ExportFixture::argued();
        const QString html = PrintHtmlRenderer::render(source, ExportOptions{});
        // The map, inline and sanitized, before the comments; its nodes name the passages
        // by their numbers on this page, the one elsewhere by its thread.
        const qsizetype map = html.indexOf("<section class=\"argument\">");
        QVERIFY(map > 0);
        QVERIFY(map < html.indexOf("<main class=\"comments\">"));
        QVERIFY(html.contains(
            "<figure class=\"argument-map\"><svg xmlns=\"http://www.w3.org/2000/svg\""));
        for (const char *id : {"id=\"ann-1\"", "id=\"ann-3\"", "id=\"ann-90\"", "id=\"link-1\""})
            QVERIFY2(html.contains(id), id);
        QVERIFY(html.contains("class=\"edge link rebuts\"") ||
                html.contains("class=\"link rebuts\""));
        QVERIFY(!html.contains("<script", Qt::CaseInsensitive));
        QVERIFY(html.contains("&lt;/text&gt;&lt;script&gt;"));
        // Each passage's links in its endnote: numbers for what this page numbers.
        QVERIFY2(html.contains("<li class=\"link rebuts\">rebutted by #3 (frank: \u201cOpen "
                               "weights\u201d) \u2014 weights leak</li>"),
                 qPrintable(html.mid(html.indexOf("<section class=\"endnotes\">"), 3000)));
        QVERIFY(html.contains("<li class=\"link asks\">questioned by #2 (carol: the whole "
                              "comment)</li>"));
        QVERIFY(html.contains(
            "<li class=\"link supports\">supported by mallory: \u201cTariffs "
            "&quot;worked&quot; &lt;b&gt;before&lt;/b&gt; &amp; ]; } \\N\u201d in "
            "\u201cFabs &lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;\u201d</li>"));
        QVERIFY(html.contains("<li class=\"link rebuts\">rebuts #1 (bob: \u201cexport controls on "
                              "advanced chips\u201d) \u2014 weights leak</li>"));

        ExportOptions boxes;
        boxes.notes = NotePlacement::Boxes;
        const QString boxed = PrintHtmlRenderer::render(source, boxes);
        QVERIFY(boxed.contains("<aside class=\"note-box\"><p><span class=\"number\">1</span> The "
                               "central claim; no evidence given.</p><ul class=\"links\">"));
    }

    void noArgumentNoMap()
    {
        const QString html = PrintHtmlRenderer::render(ExportFixture::thread(), ExportOptions{});
        QVERIFY(!html.contains("class=\"argument\""));
        QVERIFY(!html.contains("<svg"));
        QVERIFY(!html.contains("class=\"links\""));
    }

    void pageIsSelfContainedAndScriptless()
    {
        const AnnotatedThread source = ExportFixture::thread();
        const QString html = PrintHtmlRenderer::render(source, ExportOptions{});
        QVERIFY(html.contains("<style>"));
        QVERIFY(html.contains("break-inside: avoid")); // print.css is inline
        QVERIFY(!html.contains("<script", Qt::CaseInsensitive));
        QVERIFY(!html.contains("<link", Qt::CaseInsensitive));
        QVERIFY(!html.contains("src=", Qt::CaseInsensitive));
        QVERIFY(html.contains("script-src 'none'"));
        QVERIFY(html.contains("default-src 'none'"));
        QVERIFY(html.contains("@page { size: A4; margin: 15mm; }"));
    }

    void titleBlockNotesAndTags()
    {
        const AnnotatedThread source = ExportFixture::thread();
        ExportOptions options;
        options.exportedAt = QDateTime(QDate(2025, 6, 2), QTime(9, 30), Qt::UTC);
        const QString html = PrintHtmlRenderer::render(source, options);
        QVERIFY(html.contains("<h1>Chip export controls, argued</h1>"));
        QVERIFY(html.contains("2025-05-01 12:00 UTC")); // saved
        QVERIFY(html.contains("2025-06-02 09:30 UTC")); // exported
        QVERIFY(html.contains("<span class=\"tag\">policy</span>"));
        // The thread notes: Markdown made HTML, and sanitized.
        QVERIFY(html.contains("<strong>short</strong>"));
        QVERIFY(html.contains("href=\"https://example.org/rules\""));
    }

    void partialSaveSaysSoInTheTitleBlock()
    {
        AnnotatedThread source = ExportFixture::thread();
        QVERIFY(!PrintHtmlRenderer::render(source, ExportOptions{}).contains("Not saved"));
        source.thread.gaps.missingComments = 4;
        source.thread.gaps.uncountedGaps = 2;
        source.thread.gaps.siteTotal.reset();
        const QString html = PrintHtmlRenderer::render(source, ExportOptions{});
        QVERIFY2(html.contains("<dt>Not saved</dt><dd>4 comments are not in this save. It also links "
                               "to more in 2 places it does not hold.</dd>"),
                 qPrintable(html.mid(html.indexOf("title-block\"><h1>"), 1500)));
    }

    void highlightsCarryNumbersTagsAndNotes()
    {
        const AnnotatedThread source = ExportFixture::thread();
        const QString html = PrintHtmlRenderer::render(source, ExportOptions{});
        QVERIFY(html.contains(QRegularExpression(
            "<mark class=\"hl hl-orange\" data-annotation=\"1\">"
            "export controls on advanced chips</mark>"
            "<span class=\"ref hl-orange\">1 · compute/export-controls</span>")));
        QVERIFY(html.contains("<span class=\"whole hl-green\">2 · rhetoric/ask-for-source</span>"));
        QVERIFY(html.contains("body whole-comment hl-green"));
        // Endnotes by default, with every note.
        QVERIFY(html.contains("<section class=\"endnotes\">"));
        QVERIFY(html.contains("The central claim; no evidence given."));
        QVERIFY(html.contains("A fair question nobody answered."));
        QVERIFY(!html.contains("<aside class=\"note-box\""));

        ExportOptions boxes;
        boxes.notes = NotePlacement::Boxes;
        const QString boxed = PrintHtmlRenderer::render(source, boxes);
        QVERIFY(!boxed.contains("<section class=\"endnotes\">"));
        QVERIFY(boxed.contains(
            "<aside class=\"note-box\"><p><span class=\"number\">1</span> The central claim"));
    }

    void greyscaleNamesTheColour()
    {
        const AnnotatedThread source = ExportFixture::thread();
        ExportOptions options;
        options.greyscale = true;
        const QString html = PrintHtmlRenderer::render(source, options);
        QVERIFY(html.contains("class=\"print greyscale\""));
        QVERIFY(html.contains(
            "<span class=\"ref hl-orange\">1 · orange · compute/export-controls</span>"));
    }

    void scopeLeavesCommentsOutAndSaysSo()
    {
        const AnnotatedThread source = ExportFixture::thread();
        ExportOptions options;
        options.scope = ExportScope::AnnotatedWithContext;
        const QString html =
            PrintHtmlRenderer::render(source, options, *ThreadScope::select(source, options));
        for (const QString &outside : ExportFixture::textOutsideAnnotatedScope())
            QVERIFY2(!html.contains(outside), qPrintable(outside));
        QVERIFY(html.contains("id=\"c-e1\""));
        QVERIFY(html.contains("id=\"c-e6\""));
        QVERIFY(html.contains("<p class=\"gap\">"));
        QVERIFY(html.contains("<dt>Comments</dt><dd>3 of 6</dd>"));
    }

    void everythingFromTheFileIsEscaped()
    {
        AnnotatedThread source;
        source.thread.title = "<script>alert(1)</script>";
        source.thread.site = "\"><img src=x>";
        source.tags = {"<b>tag</b>"};
        source.notesMarkdown = "<script>alert(2)</script> [x](javascript:alert(3))";
        Comment c;
        c.sourceId = "\"><x";
        c.author = "<i>me</i>";
        c.bodyHtml = "<p>hi</p>";
        c.bodyText = "hi";
        source.thread.comments = {c};
        Annotation a;
        a.commentSourceId = c.sourceId;
        a.position = TextPositionSelector{0, 2};
        a.quote.exact = "hi";
        a.color = "yellow\"><script>";
        a.tags = {"<t>"};
        a.note = "<script>alert(4)</script>";
        source.annotations = {a};
        const QString html = PrintHtmlRenderer::render(source, ExportOptions{});
        QVERIFY(!html.contains("<script", Qt::CaseInsensitive));
        QVERIFY(!html.contains("<img", Qt::CaseInsensitive));
        QVERIFY(!html.contains("javascript:", Qt::CaseInsensitive));
        QVERIFY(!html.contains("<i>me</i>"));
        QVERIFY(!html.contains("<b>tag</b>"));
    }

    void deepCommentsShowTheirDepthAsANumber()
    {
        AnnotatedThread source;
        for (int i = 0; i < 12; ++i) {
            Comment c;
            c.sourceId = QString::number(i);
            c.parent = i - 1;
            c.depth = i;
            c.bodyHtml = "<p>x</p>";
            c.bodyText = "x";
            source.thread.comments.push_back(c);
        }
        const QString html = PrintHtmlRenderer::render(source, ExportOptions{});
        QVERIFY(html.contains("class=\"comment d-8\" id=\"c-8\""));
        QVERIFY(html.contains("class=\"comment d-8\" id=\"c-11\""));
        QVERIFY(html.contains("<span class=\"depth\" title=\"Depth 11\">11</span>"));
        QVERIFY(!html.contains("class=\"depth\" title=\"Depth 8\""));
    }

    void onlyLongCommentsMayBreakAcrossPages()
    {
        AnnotatedThread source;
        const QString sentence = "A sentence of some length, as comments have them. ";
        const QString longText = sentence.repeated(
            int(PrintHtmlRenderer::maxUnbrokenCommentLength / sentence.size()) + 1);
        for (const auto &[id, text] :
             {std::pair{QString("short"), sentence}, std::pair{QString("long"), longText}}) {
            Comment c;
            c.sourceId = id;
            c.bodyText = text;
            c.bodyHtml = "<p>" + text + "</p>";
            source.thread.comments.push_back(c);
        }
        const QString html = PrintHtmlRenderer::render(source, ExportOptions{});
        QVERIFY(html.contains("class=\"comment d-0\" id=\"c-short\""));
        QVERIFY(html.contains("class=\"comment d-0 long\" id=\"c-long\""));
        // Kept whole unless long; a long one keeps its header with its first lines.
        QVERIFY(html.contains(".comment.long { break-inside: auto; }"));
        QVERIFY(html.contains(".comment.long > header { break-inside: avoid;"));
    }

    void negativeScoresAreNumbers()
    {
        AnnotatedThread source;
        Comment c;
        c.sourceId = "c";
        c.score = -4;
        source.thread.comments = {c};
        const QString html = PrintHtmlRenderer::render(source, ExportOptions{});
        QVERIFY(html.contains("<span class=\"score\">-4 point"));
    }

    void shortLinksAreWrittenOut()
    {
        const QString body = PrintCommentBody::render(
            "<p><a href=\"https://example.org/a\">the rules</a> and <a "
            "href=\"https://example.org/b\">"
            "https://example.org/b</a> and <a href=\"https://example.org/" +
                QString(80, 'x') + "\">long</a></p>",
            {});
        QVERIFY(body.contains("the rules</a><span class=\"url\"> (https://example.org/a)</span>"));
        QVERIFY(!body.contains("(https://example.org/b)"));
        QVERIFY(!body.contains("(https://example.org/xxx"));
    }

    void labelFollowsAPassageAcrossElements()
    {
        // A passage over two paragraphs ("one two|three four": no text between them) gets two
        // marks; the label follows the second.
        const QString body = PrintCommentBody::render(
            "<p>one two</p><p>three four</p>", {{4, 12, 7, "sky", "<span class=\"ref\">1</span>"}});
        QCOMPARE(body,
                 QString("<p>one <mark class=\"hl hl-sky\" data-annotation=\"7\">two</mark></p><p>"
                         "<mark class=\"hl hl-sky\" data-annotation=\"7\">three</mark>"
                         "<span class=\"ref\">1</span> four</p>"));
    }
};

QTEST_GUILESS_MAIN(TestPrintHtmlRenderer)
#include "tst_printhtmlrenderer.moc"
