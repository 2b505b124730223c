// A topic as Markdown: the exact document, and user text that cannot turn into
// headings, lists, links or HTML.

#include "html/markdownrenderer.h"
#include "render/topicmarkdownwriter.h"

#include <QTest>
#include <QTimeZone>

using namespace Scholia;

namespace {

TopicPassage passage(qint64 thread, const QString &title, const QString &quote, const QString &note,
                     const QString &author, const QString &time, const QStringList &tags)
{
    TopicPassage p;
    p.threadId = thread;
    p.threadTitle = title;
    p.threadSite = QStringLiteral("example.org");
    p.quote = quote;
    p.note = note;
    p.author = author;
    if (!time.isEmpty())
        p.commentTime = QDateTime::fromString(time, Qt::ISODate).toTimeZone(QTimeZone::utc());
    p.tags = tags;
    return p;
}

} // namespace

class TestTopicMarkdownWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesTheTopicGroupedByThread()
    {
        const std::vector<TopicPassage> passages = {
            passage(1, "Trade wars", "raise prices", "The classic claim.", "carol",
                    "2024-03-02T10:00:00Z", {"economics", "policy/tariffs"}),
            passage(2, "Bread prices", "Wheat futures\n\nmoved it", "", "bob",
                    "2024-01-15T12:30:00Z", {"economics/trade"}),
            passage(1, "Trade wars", "Not always;\nit depends.", "two\nlines", "", "", {}),
        };
        const QString expected =
            "# Topic: economics\n"
            "\n"
            "Exported 2026-11-24 \u00b7 Passages: 3 \u00b7 Threads: 2\n"
            "\n"
            "## Trade wars (example.org)\n"
            "\n"
            "> raise prices\n"
            "\n"
            "The classic claim.\n"
            "\n"
            "*carol \u00b7 2024-03-02 10:00 UTC \u00b7 economics, policy/tariffs*\n"
            "\n"
            "> Not always;\\\n"
            "> it depends.\n"
            "\n"
            "two\\\n"
            "lines\n"
            "\n"
            "*unknown author*\n"
            "\n"
            "## Bread prices (example.org)\n"
            "\n"
            "> Wheat futures\n"
            ">\n"
            "> moved it\n"
            "\n"
            "*bob \u00b7 2024-01-15 12:30 UTC \u00b7 economics/trade*\n";
        QCOMPARE(TopicMarkdownWriter::write("economics", passages, QDate(2026, 11, 24)), expected);
    }

    void anEmptyTopicHasItsHeadingOnly()
    {
        QCOMPARE(TopicMarkdownWriter::write("nothing", {}, QDate(2026, 1, 2)),
                 QString("# Topic: nothing\n\nExported 2026-01-02 \u00b7 Passages: 0 \u00b7 "
                         "Threads: 0\n"));
    }

    void escapesMarkdownInUserText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("heading") << "# Not a heading"
                                 << "\\# Not a heading";
        QTest::newRow("link") << "[click](javascript:alert(1))"
                              << "\\[click\\](javascript:alert(1))";
        QTest::newRow("image") << "![x](http://e.org/x.png)"
                               << "!\\[x\\](http://e.org/x.png)";
        QTest::newRow("html") << "<script>x</script>"
                              << "\\<script\\>x\\</script\\>";
        QTest::newRow("emphasis") << "*a* _b_ `c` ~d~"
                                  << "\\*a\\* \\_b\\_ \\`c\\` \\~d\\~";
        QTest::newRow("list") << "- item"
                              << "\\- item";
        QTest::newRow("ordered list") << "1. first"
                                      << "1\\. first";
        QTest::newRow("quote") << "> quoted"
                               << "\\> quoted";
        QTest::newRow("thematic break") << "---"
                                        << "\\---";
        QTest::newRow("table") << "a | b"
                               << "a \\| b";
        QTest::newRow("entity") << "&amp;"
                                << "\\&amp;";
        QTest::newRow("backslash") << "C:\\dir"
                                   << "C:\\\\dir";
        QTest::newRow("indented code") << "    code"
                                       << "code";
        QTest::newRow("mid-line hash kept") << "C# is fine"
                                            << "C# is fine";
        QTest::newRow("paragraphs") << "one\r\ntwo\n\n\nthree"
                                    << "one\\\ntwo\n\nthree";
    }

    void escapesMarkdownInUserText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(TopicMarkdownWriter::escaped(text), expected);
    }

    void aQuoteRendersAsTextOnly()
    {
        TopicPassage p = passage(1, "## Title #", "# Heading\n[link](http://x.org) <b>bold</b>",
                                 "* not a list", "**eve**", "", {"a_b"});
        const QString html =
            MarkdownRenderer::toHtml(TopicMarkdownWriter::write("t", {p}, QDate(2026, 1, 1)));
        // Exactly the document's own heading, thread heading, quote and emphasis.
        QCOMPARE(html.count("<h1>"), 1);
        QCOMPARE(html.count("<h2>"), 1);
        QVERIFY2(html.contains("<h2>## Title # (example.org)</h2>"), qPrintable(html));
        // A bare URL may still be autolinked by GitHub-flavoured readers, but only as itself.
        QCOMPARE(html.count("<a "), 1);
        QVERIFY2(html.contains("<a href=\"http://x.org\">http://x.org</a>"), qPrintable(html));
        QVERIFY(!html.contains("<b>"));
        QVERIFY(!html.contains("<ul>"));
        QVERIFY(!html.contains("<strong>"));
        QVERIFY2(
            html.contains("<blockquote>\n<p># Heading<br>\n[link](<a "
                          "href=\"http://x.org\">http://x.org</a>) &lt;b&gt;bold&lt;/b&gt;</p>"),
            qPrintable(html));
        QVERIFY2(html.contains("<em>**eve** \u00b7 a_b</em>"), qPrintable(html));
    }
};

QTEST_GUILESS_MAIN(TestTopicMarkdownWriter)
#include "tst_topicmarkdownwriter.moc"
