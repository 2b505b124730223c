// The DOT of an argument map: escaped labels, ids a viewer can use, styles per link
// type, and no text a comment holds able to break out of a label, a statement or the
// graph — checked by letting Graphviz read and draw it.

#include "argumentmaptesting.h"
#include "render/argumentmapdot.h"
#include "render/graphvizsvg.h"

#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Scholia;
using namespace Scholia::ArgumentMapTesting;

namespace {

// Every text node of an SVG document, joined, and the element names it holds.
struct SvgContent
{
    QString text;
    QStringList elements;
    QStringList ids;
    QStringList classes;
};

SvgContent readSvg(const QString &svg)
{
    SvgContent content;
    QXmlStreamReader reader(svg);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            content.elements << reader.name().toString();
            if (reader.attributes().hasAttribute("id"))
                content.ids << reader.attributes().value("id").toString();
            if (reader.attributes().hasAttribute("class"))
                content.classes << reader.attributes().value("class").toString();
        } else if (reader.isCharacters()) {
            content.text += reader.text();
        }
    }
    return content;
}

} // namespace

class TestArgumentMapDot : public QObject
{
    Q_OBJECT

private slots:
    void escapesLabelText()
    {
        const QString escaped =
            ArgumentMapDot::escaped(QStringLiteral("<b>\"Tom\" & 'Jerry'</b>\n\\x"));
        QCOMPARE(escaped,
                 QStringLiteral("&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt; \\\\x"));
        // What XML cannot hold is left out; a pair of surrogates is one character and stays.
        QCOMPARE(ArgumentMapDot::escaped(QStringLiteral("a\x01") + QChar(0xFFFE) + QChar(0xDC00) +
                                         QStringLiteral("b")),
                 QStringLiteral("ab"));
        const QString rocket = QString::fromUtf8("\xF0\x9F\x9A\x80");
        QCOMPARE(ArgumentMapDot::escaped(rocket), rocket);
    }

    void wrapsQuotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("lines");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("fits") << "short quote" << 20 << 3 << QStringList{"short quote"};
        QTest::newRow("two lines")
            << "one two three four" << 9 << 3 << QStringList{"one two", "three", "four"};
        QTest::newRow("cut with an ellipsis")
            << "one two three four five six" << 9 << 2 << QStringList{"one two", "three\u2026"};
        QTest::newRow("a full last line loses a character")
            << "abcdefghi jklmnopqr stuv" << 9 << 2 << QStringList{"abcdefghi", "jklmnopq\u2026"};
        QTest::newRow("a long word is cut")
            << "abcdefghijklmnopqrstu" << 8 << 4 << QStringList{"abcdefgh", "ijklmnop", "qrstu"};
        QTest::newRow("spaces and line breaks")
            << "  a \n\n b\t c  " << 10 << 2 << QStringList{"a b c"};
        QTest::newRow("empty") << "" << 10 << 2 << QStringList{};
    }
    void wrapsQuotes()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(int, lines);
        QFETCH(QStringList, expected);
        QCOMPARE(ArgumentMapDot::wrapped(text, width, lines), expected);
    }

    void drawsClaimsAndLinksWithTheirIds()
    {
        ArgumentMap map;
        map.claims = {claim(3, "alice", "Parsnips belong in stew", 1, {"food/roots", "winter"}),
                      claim(5, "bob", "Only when roasted first", 1),
                      claim(9, "cyril", "Why roast them?", 2)};
        map.claims[2].passage.threadTitle = QStringLiteral("Other kitchen");
        map.links = {link(1, 5, 3, AnnotationLinkType::Rebuts),
                     link(2, 9, 5, AnnotationLinkType::Asks),
                     link(3, 3, 9, AnnotationLinkType::Answers)};
        const QString dot = ArgumentMapDot::write(map, 1);
        QVERIFY(dot.contains("a5 -> a3 [id=\"link-1\", class=\"link rebuts\""));
        QVERIFY(dot.contains("style=\"dashed\"")); // asks
        QVERIFY(dot.contains("label=<asks about>"));

        const auto svg = GraphvizSvg::render(dot);
        QVERIFY2(svg.ok(), qPrintable(svg.ok() ? QString() : svg.error().toString()));
        const SvgContent content = readSvg(*svg);
        for (const char *id : {"ann-3", "ann-5", "ann-9", "link-1", "link-2", "link-3"})
            QVERIFY2(content.ids.contains(id), id);
        QCOMPARE(content.classes.filter(QRegularExpression("\\bclaim\\b")).size(), 3);
        QCOMPARE(content.classes.filter(QRegularExpression("\\blink\\b")).size(), 3);
        QVERIFY(content.classes.filter("rebuts").size() == 1);
        for (const char *text : {"#3", "alice", "Parsnips belong in stew", "food/roots", "rebuts",
                                 "asks about", "answers", "Other kitchen"})
            QVERIFY2(content.text.contains(QString::fromUtf8(text)), text);
        // The thread the map is about is not named on its own claims.
        QVERIFY(!content.text.contains("Thread 1"));
    }

    void anOrphanedClaimSaysSo()
    {
        ArgumentMap map;
        map.claims = {claim(1, "a", "kept"), claim(2, "b", "gone")};
        map.claims[1].passage.anchorState = AnchorState::Orphaned;
        map.claims[1].passage.author.clear(); // the comment row is gone too
        map.links = {link(1, 2, 1, AnnotationLinkType::Supports)};
        const QString dot = ArgumentMapDot::write(map, 1);
        QVERIFY(dot.contains("class=\"claim orphaned\""));
        QVERIFY(dot.contains("dashed"));
        const SvgContent content = readSvg(GraphvizSvg::render(dot).value());
        QVERIFY(content.text.contains("orphaned"));
        QVERIFY(content.text.contains("(comment gone)"));
    }

    void hostileTextStaysText()
    {
        const ArgumentMap map = hostileMap();
        const QString dot = ArgumentMapDot::write(map, 1);
        // Graphviz reads it as exactly the graph written: one node per claim, one edge per link.
        const auto raw = GraphvizSvg::renderUnsanitized(dot);
        QVERIFY2(raw.ok(), qPrintable(raw.ok() ? QString() : raw.error().toString()));
        const SvgContent drawn = readSvg(*raw);
        QCOMPARE(drawn.classes.filter(QRegularExpression("^node\\b|\\bnode$")).size(),
                 int(map.claims.size()));
        QCOMPARE(drawn.classes.filter(QRegularExpression("^edge\\b|\\bedge$")).size(),
                 int(map.links.size()));
        QVERIFY(!drawn.text.contains("injected") || drawn.text.contains("label=\"injected\""));
        for (const char *element : {"script", "foreignObject", "div", "a", "b", "B"})
            QVERIFY2(!drawn.elements.contains(element), element);
        // The words survive as words.
        for (const char *words :
             {"He said \"no\" and left \\ \\\" \\N \\G", "</text><script>alert(1)</script>",
              "a > b < c ] d [ e { f } g ; h", "line one line two"})
            QVERIFY2(drawn.text.contains(QString::fromUtf8(words)), words);

        const auto svg = GraphvizSvg::render(dot);
        QVERIFY(svg.ok());
        QVERIFY(!svg->contains("<script", Qt::CaseInsensitive));
        QVERIFY(!svg->contains("<foreignObject", Qt::CaseInsensitive));
        QVERIFY(readSvg(*svg).text.contains("</text><script>alert(1)</script>"));
    }
};

QTEST_GUILESS_MAIN(TestArgumentMapDot)
#include "tst_argumentmapdot.moc"
