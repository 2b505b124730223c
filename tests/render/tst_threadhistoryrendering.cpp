// What the library remembers of earlier saves, drawn: the reading-state classes and the
// page's model of new and unread comments, an edited comment's diff (escaped), the notes
// on missing and removed comments, in the page, in its deferred chunks and in exports.

#include "core/annotatedthread.h"
#include "render/printhtmlrenderer.h"
#include "render/threadhtmlrenderer.h"
#include "render/threadmarkdownwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Scholia;

namespace {

Comment comment(const QString &id, int depth, int parent, const QString &text)
{
    Comment c;
    c.sourceId = id;
    c.depth = depth;
    c.parent = parent;
    c.author = QStringLiteral("author-") + id;
    c.bodyText = text;
    c.bodyHtml = QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
    return c;
}

QDateTime day(int d)
{
    return QDateTime(QDate(2026, 3, d), QTime(9, 30), QTimeZone::utc());
}

// a (read) ─ b (edited, new) ─ c (new); d missing; e kept after removal; f unread only.
AnnotatedThread threadWithHistory()
{
    AnnotatedThread source;
    source.threadId = 7;
    source.thread.title = QStringLiteral("History");
    source.thread.comments = {
        comment(QStringLiteral("a"), 0, -1, QStringLiteral("The first comment")),
        comment(QStringLiteral("b"), 1, 0, QStringLiteral("I now think <b>cats</b> & dogs agree")),
        comment(QStringLiteral("c"), 2, 1, QStringLiteral("A new reply")),
        comment(QStringLiteral("d"), 0, -1, QStringLiteral("Gone from the newest save")),
        comment(QStringLiteral("e"), 0, -1, QStringLiteral("What the moderator removed")),
        comment(QStringLiteral("f"), 0, -1, QStringLiteral("Never read")),
    };
    source.thread.comments[3].inLatestSave = false;
    source.thread.comments[4].state = CommentState::Removed;
    ThreadHistory &h = source.history;
    h.saves = {day(1), day(2), day(3)};
    CommentVersion first;
    first.savedAt = day(1);
    first.bodyText = QStringLiteral("I think <i>cats</i> & dogs disagree");
    CommentVersion second;
    second.savedAt = day(2);
    second.bodyText = QStringLiteral("I think <b>cats</b> & dogs agree");
    h.earlierVersions.insert(QStringLiteral("b"), {first, second});
    h.missingSince.insert(QStringLiteral("d"), day(3));
    h.keptAfterRemoval.insert(QStringLiteral("e"));
    h.unread = {QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("f")};
    h.fresh = {QStringLiteral("b"), QStringLiteral("c")};
    return source;
}

// The class attribute of the comment's <article>.
QString classesOf(const QString &html, const QString &id)
{
    const QRegularExpression article(
        QStringLiteral("<article class=\"([^\"]*)\" id=\"c-%1\"").arg(id));
    return article.match(html).captured(1);
}

QString articleOf(const QString &html, const QString &id)
{
    const qsizetype start = html.indexOf(QStringLiteral("id=\"c-%1\"").arg(id));
    return start < 0 ? QString()
                     : html.mid(start, html.indexOf(QStringLiteral("</article>"), start) - start);
}

ThreadHtmlRenderer::Options scriptedOptions(const ThreadHistory &history)
{
    ThreadHtmlRenderer::Options options;
    options.scriptUrls = {QStringLiteral("scholia://app/scholia.js")};
    options.history = &history;
    return options;
}

} // namespace

class TestThreadHistoryRendering : public QObject
{
    Q_OBJECT

private slots:
    void classesSayWhatEachCommentIs_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("read") << "a" << QStringList{}
                              << QStringList{"new", "unread", "revised", "missing", "kept"};
        QTest::newRow("edited and new")
            << "b" << QStringList{"new", "unread", "revised"} << QStringList{"missing", "kept"};
        QTest::newRow("new") << "c" << QStringList{"new", "unread"} << QStringList{"revised"};
        QTest::newRow("missing") << "d" << QStringList{"missing", "vanished"}
                                 << QStringList{"new", "unread"};
        QTest::newRow("kept") << "e" << QStringList{"kept", "removed"} << QStringList{"new"};
        QTest::newRow("unread only")
            << "f" << QStringList{"unread"} << QStringList{"new", "revised"};
    }

    void classesSayWhatEachCommentIs()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const AnnotatedThread source = threadWithHistory();
        const QStringList classes =
            classesOf(ThreadHtmlRenderer::render(source.thread, scriptedOptions(source.history)),
                      id)
                .split(QLatin1Char(' '));
        for (const QString &name : present)
            QVERIFY2(classes.contains(name), qPrintable(name));
        for (const QString &name : absent)
            QVERIFY2(!classes.contains(name), qPrintable(name));
    }

    void withoutHistoryNothingIsMarked()
    {
        const AnnotatedThread source = threadWithHistory();
        const QString html = ThreadHtmlRenderer::render(source.thread, {});
        QCOMPARE(classesOf(html, QStringLiteral("b")), QStringLiteral("comment depth-1"));
        QVERIFY(!html.contains(QStringLiteral("<details")));
        QVERIFY(!html.contains(QStringLiteral("reading-model")));
    }

    // The diff works on the plain text: markup in it is shown as typed, never parsed.
    void editedCommentShowsAnEscapedDiffBehindAControl()
    {
        const AnnotatedThread source = threadWithHistory();
        const QString b =
            articleOf(ThreadHtmlRenderer::render(source.thread, scriptedOptions(source.history)),
                      QStringLiteral("b"));
        QVERIFY(b.contains(
            QStringLiteral("<details class=\"versions\"><summary>Edited since the save of "
                           "2026-03-02 09:30 UTC</summary>")));
        // Newest change first: the save of the 2nd against now, then the 1st against the 2nd.
        QVERIFY(b.contains(
            QStringLiteral("<div class=\"diff\">I <ins>now </ins>think &lt;b&gt;cats&lt;/b&gt; "
                           "&amp; dogs agree</div>")));
        QVERIFY(b.contains(
            QStringLiteral("Before that, changed from the save of 2026-03-01 09:30 UTC")));
        QVERIFY(b.contains(QStringLiteral(
            "I think &lt;<del>i</del><ins>b</ins>&gt;cats&lt;/<del>i</del><ins>b</ins>&gt; "
            "&amp; dogs <del>disagree</del><ins>agree</ins>")));
        QVERIFY(!b.contains(QStringLiteral("<b>cats")));
        QVERIFY(b.indexOf(QStringLiteral("<details")) <
                b.indexOf(QStringLiteral("<div class=\"body\">")));
    }

    void missingAndKeptCommentsSaySo()
    {
        const AnnotatedThread source = threadWithHistory();
        const QString html =
            ThreadHtmlRenderer::render(source.thread, scriptedOptions(source.history));
        const QString d = articleOf(html, QStringLiteral("d"));
        QVERIFY(d.contains(QStringLiteral("Not in the save of 2026-03-03 09:30 UTC")));
        QVERIFY(!d.contains(QStringLiteral("vanished-mark"))); // the note says it with the date
        QVERIFY(
            articleOf(html, QStringLiteral("e"))
                .contains(QStringLiteral("Removed on the site; the text is from an earlier save")));
        QVERIFY(
            articleOf(html, QStringLiteral("c")).contains(QStringLiteral("class=\"new-mark\"")));
        QVERIFY(
            !articleOf(html, QStringLiteral("f")).contains(QStringLiteral("class=\"new-mark\"")));
    }

    // Big threads: the comments left as data carry the same markup, and the page's model
    // of new and unread comments covers them all, by position in the whole thread.
    void deferredChunksCarryTheSameMarkupAndTheModelCoversThemAll()
    {
        const AnnotatedThread source = threadWithHistory();
        ThreadHtmlRenderer::Options options = scriptedOptions(source.history);
        const QString whole = ThreadHtmlRenderer::render(source.thread, options);
        options.pageComments = 1;
        options.commentsPerChunk = 2;
        const QString chunked = ThreadHtmlRenderer::render(source.thread, options);
        QVERIFY(chunked.contains(QStringLiteral("later-chunk")));
        QString unescapedChunks;
        static const QRegularExpression chunk(QStringLiteral(
            "<script type=\"application/json\" class=\"later-chunk\">([^<]*)</script>"));
        for (auto it = chunk.globalMatch(chunked); it.hasNext();)
            unescapedChunks += QJsonDocument::fromJson("[" + it.next().captured(1).toUtf8() + "]")
                                   .array()
                                   .at(0)
                                   .toString();
        QCOMPARE(articleOf(unescapedChunks, QStringLiteral("b")),
                 articleOf(whole, QStringLiteral("b")));
        QCOMPARE(articleOf(unescapedChunks, QStringLiteral("d")),
                 articleOf(whole, QStringLiteral("d")));

        static const QRegularExpression model(QStringLiteral(
            "<script type=\"application/json\" id=\"reading-model\">([^<]*)</script>"));
        const QJsonObject reading =
            QJsonDocument::fromJson(model.match(chunked).captured(1).toUtf8()).object();
        QCOMPARE(reading.value(QStringLiteral("fresh")).toArray(), (QJsonArray{1, 2}));
        QCOMPARE(reading.value(QStringLiteral("unread")).toArray(), (QJsonArray{1, 2, 5}));
    }

    void shortcutHelpNamesTheReadingKeys()
    {
        const AnnotatedThread source = threadWithHistory();
        const QString html =
            ThreadHtmlRenderer::render(source.thread, scriptedOptions(source.history));
        QVERIFY(
            html.contains(QStringLiteral("<kbd>. / ,</kbd></th><td>Next / previous new comment")));
        QVERIFY(html.contains(
            QStringLiteral("<kbd>&gt; / &lt;</kbd></th><td>Next / previous unread comment")));
    }

    // Exports: the notes always, the earlier texts only when asked for.
    void printExportIncludesTheDiffsOnlyWhenAsked()
    {
        const AnnotatedThread source = threadWithHistory();
        ExportOptions options;
        options.format = ExportFormat::Html;
        const QString without = PrintHtmlRenderer::render(source, options);
        QVERIFY(without.contains(QStringLiteral("Not in the save of 2026-03-03 09:30 UTC")));
        QVERIFY(!without.contains(QStringLiteral("class=\"diff\"")));
        options.includeVersions = true;
        const QString with = PrintHtmlRenderer::render(source, options);
        const QString b = articleOf(with, QStringLiteral("b"));
        QVERIFY(
            b.contains(QStringLiteral("<div class=\"versions\"><p class=\"versions-label\">Edited "
                                      "since the save of 2026-03-02 09:30 UTC</p>")));
        QVERIFY(b.contains(QStringLiteral("I <ins>now </ins>think &lt;b&gt;cats&lt;/b&gt;")));
        QVERIFY(!with.contains(QStringLiteral("<details"))); // paper cannot open it
        QVERIFY(with.contains(QStringLiteral("script-src 'none'")));
    }

    void markdownExportQuotesTheEarlierTexts()
    {
        const AnnotatedThread source = threadWithHistory();
        ExportOptions options;
        options.format = ExportFormat::Markdown;
        QVERIFY(!ThreadMarkdownWriter::write(source, options)
                     .contains(QStringLiteral("Text in the save of")));
        options.includeVersions = true;
        const QString md = ThreadMarkdownWriter::write(source, options);
        const qsizetype newer = md.indexOf(
            QStringLiteral("*Text in the save of 2026-03-02 09:30 UTC*\n\n> I think \\<b\\>cats"));
        const qsizetype older = md.indexOf(
            QStringLiteral("*Text in the save of 2026-03-01 09:30 UTC*\n\n> I think \\<i\\>cats"));
        QVERIFY(newer > 0);
        QVERIFY(older > newer);
    }
};

QTEST_GUILESS_MAIN(TestThreadHistoryRendering)
#include "tst_threadhistoryrendering.moc"
