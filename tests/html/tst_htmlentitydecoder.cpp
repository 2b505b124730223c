// HtmlEntityDecoder: decoding as a browser does, and its fast path for the references
// escaping writes agreeing with the HTML parser on every input.

#include "html/htmlentitydecoder.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Scholia;

class TestHtmlEntityDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data()
    {
        QTest::addColumn<QString>("escaped");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("no reference")
            << QStringLiteral("plain <b>text</b>") << QStringLiteral("plain <b>text</b>");
        QTest::newRow("escaped html")
            << QStringLiteral("&lt;p&gt;R&amp;D &quot;q&quot; it&#39;s&lt;/p&gt;")
            << QStringLiteral("<p>R&D \"q\" it's</p>");
        QTest::newRow("double escaped")
            << QStringLiteral("&amp;amp; &amp;lt;") << QStringLiteral("&amp; &lt;");
        QTest::newRow("named, not common") << QStringLiteral("caf&eacute;&nbsp;&hellip;")
                                           << QStringLiteral("caf\u00e9\u00a0\u2026");
        QTest::newRow("numeric") << QStringLiteral("&#x27;&#8212;&#128512;")
                                 << QStringLiteral("'\u2014\U0001F600");
        QTest::newRow("bare ampersand")
            << QStringLiteral("Tom & Jerry &amp; co") << QStringLiteral("Tom & Jerry & co");
        QTest::newRow("legacy without semicolon")
            << QStringLiteral("&amp &lt x") << QStringLiteral("& < x");
        QTest::newRow("emoji beside references") << QStringLiteral("\U0001F600 &amp; \U0001F44D")
                                                 << QStringLiteral("\U0001F600 & \U0001F44D");
        QTest::newRow("carriage return")
            << QStringLiteral("a\r\nb &amp;\rc") << QStringLiteral("a\nb &\nc");
        QTest::newRow("markup in text stays text")
            << QStringLiteral("&lt;/textarea&gt;<script>x</script> &amp;")
            << QStringLiteral("</textarea><script>x</script> &");
        QTest::newRow("leading newline kept") << QStringLiteral("\n&amp;") << QStringLiteral("\n&");
    }

    void decodes()
    {
        QFETCH(QString, escaped);
        QFETCH(QString, decoded);
        QCOMPARE(HtmlEntityDecoder::decode(escaped), decoded);
    }

    // Every BMP character, and some beyond, next to a reference the fast path decodes:
    // where the parser rewrites the character (CR, NUL, controls, noncharacters), the fast
    // path must step aside, and elsewhere give the same text.
    void fastPathAgreesWithParserOnEveryCharacter()
    {
        int disagreements = 0;
        const auto check = [&](const QString &text) {
            const QString input = QStringLiteral("a&amp;") + text + QStringLiteral("&lt;z");
            const QString fast = HtmlEntityDecoder::decode(input);
            const QString parsed = HtmlEntityDecoder::decodeWithParser(input);
            if (fast != parsed && ++disagreements <= 5)
                qWarning("disagree on U+%04X", text.isEmpty() ? 0u : text.toUcs4().value(0));
        };
        for (char32_t c = 0; c <= 0xFFFF; ++c) {
            if (QChar::isSurrogate(c))
                continue;
            check(QString(QChar(char16_t(c))));
        }
        for (char32_t c : {0x10000u, 0x1F600u, 0x1FFFEu, 0x1FFFFu, 0x2FFFEu, 0xEFFFFu, 0x10FFFDu,
                           0x10FFFEu, 0x10FFFFu})
            check(QString::fromUcs4(&c, 1));
        // Lone surrogates: what the UTF-8 round trip makes of them, both ways alike.
        check(QString(QChar(char16_t(0xD800))));
        check(QString(QChar(char16_t(0xDC00))) + QLatin1Char('x'));
        QCOMPARE(disagreements, 0);
    }

    // Random mixtures of the fast path's references, other references, bare ampersands,
    // markup and unusual characters.
    void fastPathAgreesWithParserOnMixtures()
    {
        const QStringList pieces = {QStringLiteral("&amp;"),       QStringLiteral("&lt;"),
                                    QStringLiteral("&gt;"),        QStringLiteral("&quot;"),
                                    QStringLiteral("&#39;"),       QStringLiteral("&am"),
                                    QStringLiteral("&"),           QStringLiteral("&#"),
                                    QStringLiteral("&amp"),        QStringLiteral("&#x3c;"),
                                    QStringLiteral("&nbsp;"),      QStringLiteral("<p>"),
                                    QStringLiteral("</textarea>"), QStringLiteral("\r\n"),
                                    QStringLiteral("\r"),          QStringLiteral("\n"),
                                    QStringLiteral("x"),           QStringLiteral(" "),
                                    QStringLiteral("\u00e9"),      QStringLiteral("\U0001F600"),
                                    QStringLiteral("\t"),          QString(QChar(0)),
                                    QStringLiteral("\u0085"),      QStringLiteral("\uFDD0")};
        QRandomGenerator random(8);
        for (int round = 0; round < 3000; ++round) {
            QString input = QStringLiteral("&amp;");
            for (int n = random.bounded(1, 12); n > 0; --n)
                input += pieces.at(random.bounded(int(pieces.size())));
            QCOMPARE(HtmlEntityDecoder::decode(input), HtmlEntityDecoder::decodeWithParser(input));
        }
    }
};

QTEST_GUILESS_MAIN(TestHtmlEntityDecoder)
#include "tst_htmlentitydecoder.moc"
