// Markdown export: the thread, each annotated passage as a blockquote that gives back
// its quote exactly, tags, notes, links back to the comment on the site.

#include "../export/exportfixture.h"
#include "core/threadscope.h"
#include "render/threadmarkdownwriter.h"

#include <QTest>

using namespace Scholia;

namespace {

// The blockquotes of a Markdown text, each as the text it shows: "> " taken off every
// line, backslash escapes undone (CommonMark: a backslash before ASCII punctuation).
QStringList quotesIn(const QString &markdown)
{
    QStringList quotes;
    QStringList current;
    const auto flush = [&] {
        if (!current.isEmpty())
            quotes << current.join('\n');
        current.clear();
    };
    for (const QString &line : markdown.split('\n')) {
        if (line == ">" || line.startsWith("> ")) {
            current << line.mid(2);
            continue;
        }
        flush();
    }
    flush();
    for (QString &quote : quotes) {
        QString plain;
        static const QString punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
        for (qsizetype i = 0; i < quote.size(); ++i) {
            if (quote[i] == '\\' && i + 1 < quote.size() && punctuation.contains(quote[i + 1]))
                ++i;
            plain += quote[i];
        }
        quote = plain;
    }
    return quotes;
}

} // namespace

class TestThreadMarkdownWriter : public QObject
{
    Q_OBJECT

private slots:
    void outlinesTheArgument()
    {
        const QString md = ThreadMarkdownWriter::write(ExportFixture::argued(), ExportOptions{});
        const QString outline =
            "## Argument\n\n"
            "- bob: \u201cexport controls on advanced chips\u201d\n"
            "  - rebutted by frank: \u201cOpen weights\u201d \u2014 weights leak\n"
            "  - questioned by carol: the whole comment\n"
            "  - supported by mallory: \u201cTariffs \"worked\" \\<b\\>before\\</b\\> \\& \\]; } "
            "\\\\N\u201d in \u201cFabs \\</text\\>\\<script\\>alert(1)\\</script\\>\u201d\n\n"
            "## Comments\n";
        QVERIFY2(md.contains(outline), qPrintable(md.left(1500)));
        QVERIFY(!ThreadMarkdownWriter::write(ExportFixture::thread(), ExportOptions{})
                     .contains("## Argument"));
    }

    void aCycleEndsInTheOutline()
    {
        AnnotatedThread source = ExportFixture::argued();
        // 1 answers 3 as well: 3 → 1 → 3 would go round for ever.
        source.argument.links.push_back(ExportFixture::link(4, 1, 3, AnnotationLinkType::Answers));
        const QString md = ThreadMarkdownWriter::write(source, ExportOptions{});
        QVERIFY2(md.contains("- bob: \u201cexport controls on advanced chips\u201d\n"
                             "  - rebutted by frank: \u201cOpen weights\u201d \u2014 weights leak\n"
                             "    - answered by bob: \u201cexport controls on advanced chips\u201d "
                             "(see above)\n"),
                 qPrintable(md.left(1500)));
    }

    void quotesRoundTripExactly_data()
    {
        QTest::addColumn<QString>("quote");
        QTest::newRow("plain") << "Open weights make the export rules moot.";
        QTest::newRow("markdown syntax") << "*not* _emphasis_ [a](b) <b>x</b> `code` & | ~ !";
        QTest::newRow("block starts")
            << "# not a heading\n- not a list\n1. not numbered\n> not a quote";
        QTest::newRow("backslashes") << "C:\\path\\to\\file and \\* stays";
        QTest::newRow("paragraphs") << "first paragraph\n\nsecond paragraph";
    }
    void quotesRoundTripExactly()
    {
        QFETCH(QString, quote);
        AnnotatedThread source;
        Comment c;
        c.sourceId = "c1";
        c.author = "someone";
        c.bodyText = "before " + quote + " after";
        c.bodyHtml = c.bodyText.toHtmlEscaped();
        c.url = QUrl("https://example.org/c1");
        source.thread.comments = {c};
        Annotation a;
        a.commentSourceId = "c1";
        a.position = TextPositionSelector{7, 7 + quote.size()};
        a.quote.exact = quote;
        a.tags = {"t/x"};
        a.note = "a note";
        source.annotations = {a};
        const QString md = ThreadMarkdownWriter::write(source, ExportOptions{});
        QVERIFY2(quotesIn(md).contains(quote), qPrintable(md));
    }

    void fixtureExport()
    {
        const AnnotatedThread source = ExportFixture::thread();
        ExportOptions options;
        options.scope = ExportScope::AnnotatedWithContext;
        const QString md =
            ThreadMarkdownWriter::write(source, options, *ThreadScope::select(source, options));
        QVERIFY(md.startsWith("# Chip export controls, argued\n"));
        QVERIFY(
            md.contains("## Notes\n\n## Reading notes")); // the reader's own Markdown, as written
        const QStringList quotes = quotesIn(md);
        for (const Annotation &a : source.annotations) {
            if (a.position)
                QVERIFY2(quotes.contains(a.quote.exact), qPrintable(a.quote.exact));
            QVERIFY(md.contains(ThreadMarkdownWriter::escaped(a.note)));
            QVERIFY(md.contains("`" + a.tags.first() + "`"));
        }
        for (const QString &outside : ExportFixture::textOutsideAnnotatedScope())
            QVERIFY2(!md.contains(outside), qPrintable(outside));
        // Every exported comment links back to itself on the site.
        const Comment *e1 = source.thread.findComment("e1");
        QVERIFY(e1 && e1->url.isValid());
        QVERIFY(md.contains("(<" + e1->url.toString(QUrl::FullyEncoded) + ">)"));
    }
};

QTEST_GUILESS_MAIN(TestThreadMarkdownWriter)
#include "tst_threadmarkdownwriter.moc"
