#include "render/htmlsanitizer.h"

#include <QRegularExpression>
#include <QTest>

#include <gumbo.h>

using namespace Scholia;

namespace {

// The textContent of markup, as a browser computes it: gumbo parses the sanitizer's
// output again and the text nodes are concatenated.
QString textContentOf(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *out = gumbo_parse(utf8.constData());
    QString text;
    std::vector<const GumboNode *> pending{out->root};
    while (!pending.empty()) {
        const GumboNode *node = pending.back();
        pending.pop_back();
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
            text += QString::fromUtf8(node->v.text.text);
        } else if (node->type == GUMBO_NODE_ELEMENT) {
            const GumboVector &children = node->v.element.children;
            for (unsigned i = children.length; i > 0; --i)
                pending.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
        }
    }
    gumbo_destroy_output(&kGumboDefaultOptions, out);
    return text;
}

} // namespace

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void keepsAllowedMarkup()
    {
        const auto out = HtmlSanitizer::sanitize(QStringLiteral(
            "<div class=\"md\"><p>Hi <b>bold</b> <i>it</i> <code>x</code></p>"
            "<ul><li>one</li><li>two</li></ul><blockquote><p>q</p></blockquote>"
            "<pre><code>a\n  b</code></pre><table><tr><td colspan=\"2\">t</td></tr></table></div>"));
        QVERIFY(out.html.contains(QStringLiteral("<strong>bold</strong>")));
        QVERIFY(out.html.contains(QStringLiteral("<em>it</em>")));
        QVERIFY(out.html.contains(QStringLiteral("<li>one</li>")));
        QVERIFY(out.html.contains(QStringLiteral("<blockquote>")));
        QVERIFY(out.html.contains(QStringLiteral("<td colspan=\"2\">")));
        QVERIFY(!out.html.contains(QStringLiteral("class=")));
        QVERIFY(!out.html.contains(QStringLiteral("<div")));
        QVERIFY(out.text.contains(QStringLiteral("a\n  b")));
    }

    void textIsTheTextContentOfTheHtml_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("paragraphs") << "<p>one</p><p>two</p>";
        QTest::newRow("entities") << "<p>a &amp; b &lt;c&gt; &eacute; &#x1F600;</p>";
        QTest::newRow("line breaks") << "line one<br>line two<br/>three";
        QTest::newRow("pre with leading newline") << "<pre>\n\nindented\n  code</pre>";
        QTest::newRow("list") << "<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>";
        QTest::newRow("image") << "<p>see <img src=\"https://x.org/i.png\" alt=\"a cat\"> here</p>";
        QTest::newRow("dropped script") << "<p>before<script>evil()</script>after</p>";
        QTest::newRow("unclosed") << "<p><b>bold <i>both";
        QTest::newRow("table") << "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>";
        QTest::newRow("emoji and rtl") << "<p>\U0001F680 \u202Eevil\u202C</p>";
    }
    void textIsTheTextContentOfTheHtml()
    {
        QFETCH(QString, input);
        const auto out = HtmlSanitizer::sanitize(input);
        QCOMPARE(textContentOf(out.html), out.text);
    }

    void blockBoundariesSeparateWords()
    {
        QCOMPARE(HtmlSanitizer::sanitize(QStringLiteral("<p>one</p><p>two</p>")).text, QStringLiteral("one\ntwo"));
        QCOMPARE(HtmlSanitizer::sanitize(QStringLiteral("a<br>b")).text, QStringLiteral("a\nb"));
    }

    void dropsDangerousThings_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("keptText");
        QTest::newRow("script") << "<p>hi</p><script>alert(1)</script>" << "hi";
        QTest::newRow("onerror") << "<img src=x onerror=alert(1)>ok" << "ok";
        QTest::newRow("javascript href") << "<a href=\"javascript:alert(1)\">click</a>" << "click";
        QTest::newRow("entity javascript") << "<a href=\"&#106;avascript:alert(1)\">click</a>" << "click";
        QTest::newRow("tab in scheme") << "<a href=\"java\tscript:alert(1)\">click</a>" << "click";
        QTest::newRow("data url") << "<a href=\"data:text/html,<script>alert(1)</script>\">d</a>" << "d";
        QTest::newRow("iframe") << "<iframe src=\"https://evil.example\"></iframe>text" << "text";
        QTest::newRow("svg onload") << "<svg onload=alert(1)><circle/></svg>after" << "after";
        QTest::newRow("style") << "<style>body{background:url(https://evil.example/x)}</style>t" << "t";
        QTest::newRow("style attr") << "<p style=\"background:url(https://evil.example)\">t</p>" << "t";
        QTest::newRow("form") << "<form action=\"https://evil.example\"><input name=a>t</form>" << "t";
        QTest::newRow("meta refresh") << "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">t" << "t";
        QTest::newRow("base") << "<base href=\"https://evil.example/\">t" << "t";
        QTest::newRow("object") << "<object data=\"https://evil.example/x.swf\"></object>t" << "t";
        QTest::newRow("link") << "<link rel=stylesheet href=\"https://evil.example/x.css\">t" << "t";
        QTest::newRow("event on p") << "<p onclick=\"alert(1)\" onmouseover=\"x()\">t</p>" << "t";
        QTest::newRow("remote image") << "<img src=\"https://evil.example/track.gif\" alt=\"pic\">" << "[image: pic]";
    }
    void dropsDangerousThings()
    {
        QFETCH(QString, input);
        QFETCH(QString, keptText);
        const auto out = HtmlSanitizer::sanitize(input);
        static const QRegularExpression dangerous(
            QStringLiteral("<script|<iframe|<svg|<style|<form|<input|<meta|<base|<object|<link|<img|"
                           "\\son\\w+=|javascript:|data:|style="),
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!dangerous.match(out.html).hasMatch(), qPrintable(out.html));
        QVERIFY2(out.text.contains(keptText), qPrintable(out.text));
    }

    void deepNestingIsFlattened()
    {
        QString input;
        for (int i = 0; i < 10000; ++i)
            input += QStringLiteral("<blockquote>");
        input += QStringLiteral("deep text");
        const auto out = HtmlSanitizer::sanitize(input);
        QVERIFY(out.text.contains(QStringLiteral("deep text")));
        QVERIFY(out.html.count(QStringLiteral("<blockquote>")) <= 64);
    }

    void linkTargets()
    {
        QCOMPARE(HtmlSanitizer::safeLinkTarget(QStringLiteral(" https://a.org/x ")), QStringLiteral("https://a.org/x"));
        QCOMPARE(HtmlSanitizer::safeLinkTarget(QStringLiteral("mailto:a@b.org")), QStringLiteral("mailto:a@b.org"));
        QVERIFY(HtmlSanitizer::safeLinkTarget(QStringLiteral("/r/relative")).isEmpty());
        QVERIFY(HtmlSanitizer::safeLinkTarget(QStringLiteral("ftp://a.org")).isEmpty());
        QVERIFY(HtmlSanitizer::safeLinkTarget(QStringLiteral("JAVASCRIPT:alert(1)")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
