// The sanitizer's fast path against its HTML parser path: on everything the fast reader
// accepts, the same bytes; and it accepts the markup real saves hold.

#include "html/gumbotree.h"
#include "html/htmlentitydecoder.h"
#include "html/htmlsanitizer.h"
#include "html/simplemarkupreader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <vector>

using namespace Scholia;

namespace {

// Every string in a JSON document, walked without recursion.
void addJsonStrings(const QJsonValue &root, QStringList &into)
{
    std::vector<QJsonValue> pending{root};
    while (!pending.empty()) {
        const QJsonValue value = pending.back();
        pending.pop_back();
        if (value.isString()) {
            into << value.toString();
        } else if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                pending.push_back(item);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                pending.push_back(it.value());
        }
    }
}

// The bodies a file can hand the sanitizer: JSON strings (and their entity-decoded form,
// as Reddit's body_html is stored), the markup inside every element of an HTML page, or
// the whole file.
QStringList candidateBodies(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024)
        return {};
    const QByteArray data = file.readAll();
    QStringList bodies{QString::fromUtf8(data)};
    const QJsonDocument json = QJsonDocument::fromJson(data);
    if (!json.isNull()) {
        QStringList strings;
        addJsonStrings(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()),
                       strings);
        for (const QString &s : std::as_const(strings)) {
            if (s.contains(QLatin1Char('<')) || s.contains(QLatin1Char('&'))) {
                bodies << s;
                bodies << HtmlEntityDecoder::decode(s);
            }
        }
    } else if (data.trimmed().startsWith('<')) {
        // Hostile pages nest thousands deep: a budget keeps the markup of nested
        // elements from growing with the square of the page.
        const GumboTree tree(data);
        qsizetype budget = 4 * data.size();
        for (GumboTree::Node node : GumboTree::elements(tree.root())) {
            if (!GumboTree::hasTag(node, "div") && !GumboTree::hasTag(node, "td"))
                continue;
            bodies << GumboTree::innerHtml(node);
            budget -= bodies.back().size();
            if (budget < 0)
                break;
        }
    }
    return bodies;
}

struct Agreement
{
    int accepted = 0;
    int total = 0;
};

// Compares the two paths on one body; a difference fails the calling test.
bool agrees(const QString &body, Agreement &tally, const QString &where)
{
    ++tally.total;
    const std::optional<SanitizedHtml> fast = SimpleMarkupReader::sanitize(body);
    if (!fast)
        return true;
    ++tally.accepted;
    const SanitizedHtml parsed = HtmlSanitizer::sanitizeWithParser(body);
    if (fast->html == parsed.html && fast->text == parsed.text)
        return true;
    qWarning().noquote() << where << "\ninput:\n" << body << "\nfast:\n" << fast->html
                         << "\nparser:\n" << parsed.html;
    return false;
}

Agreement compareUnder(const QString &folder)
{
    Agreement tally;
    QDirIterator files(folder, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        for (const QString &body : candidateBodies(path)) {
            if (!agrees(body, tally, path))
                return {-1, tally.total};
        }
    }
    return tally;
}

} // namespace

class TestSimpleMarkupReader : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithTheParser_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("fast"); // the fast reader is expected to take it
        const auto row = [](const char *name, const char *html, bool fast) {
            QTest::newRow(name) << QString::fromUtf8(html) << fast;
        };
        row("reddit body", "<div class=\"md\"><p>Hi <strong>there</strong> &amp; <em>you</em></p>\n"
                           "<blockquote>\n<p>quoted</p>\n</blockquote>\n"
                           "<ul>\n<li>one</li>\n<li>two <a href=\"https://e.org/?a=1&amp;b=2\">x</a></li>\n</ul>\n"
                           "<pre><code>int main() { return a &lt; b; }\n</code></pre>\n</div>",
            true);
        row("hn text", "First<p>Second &#x27;quoted&#x27;<p><a href=\"https://news.ycombinator.com/item?id=1\" "
                       "rel=\"nofollow\">link</a><p><pre><code>  indented\n</code></pre>",
            true);
        row("leading whitespace", "  \n\t<p>x</p>\n  ", true);
        row("only whitespace", " \n ", true);
        row("pre drops its first newline", "<pre>\n\nkept</pre>", true);
        row("unclosed list items", "<ul><li>a<li>b<p>c<li>d</ul>after", true);
        row("li closed by a div end", "<div><li>a<p>b</div>c", true);
        row("block ends an open p", "<p>a<blockquote>b</blockquote>", true);
        row("bare ampersand", "a & b &", true);
        row("ampersand before a letter", "Q&A", false);
        row("unsafe link unwrapped", "<a href=\"javascript:alert(1)\">x</a>", true);
        row("line breaks", "a<br>b<br/>c<br />d<hr>e", true);
        row("astral text", "emoji \xF0\x9F\x98\x80 here", true);
        row("formatting around blocks", "<em><p>x</p></em><strong><ul><li>y</li></ul></strong>", true);
        row("three equal formatting", "<b><b><b>x</b></b></b>", true);
        row("four equal formatting", "<b><b><b><b>x</b></b></b></b>", false);
        row("misnested formatting", "<b><i>x</b>y</i>", false);
        row("p inside formatting closed by block", "<p><em>a<div>b</div></em></p>", false);
        row("nested links", "<a href=\"http://a.b/\">x<a href=\"http://c.d/\">y</a></a>", false);
        row("stray end tag", "a</p>b", false);
        row("unknown entity", "&eacute;t&eacute;", false);
        row("script", "<p>x<script>alert(1)</script></p>", false);
        row("comment", "<p>x<!-- y --></p>", false);
        row("carriage return", "a\r\nb", false);
        row("uppercase tag", "<P>x</P>", false);
        row("table", "<table><tr><td>x</td></tr></table>", false);
        row("li after formatting", "<ul><li><em>a<li>b</ul>", false);
        row("li end past a list", "<li><ul><li>a</ul></li>", true);
        row("li end with a list open", "<li><ul></li>", false);
        row("duplicate attribute", "<a href=\"http://a.b/\" href=\"http://c.d/\">x</a>", false);
        row("single-quoted attribute", "<a href='http://a.b/'>x</a>", false);
    }

    void agreesWithTheParser()
    {
        QFETCH(QString, html);
        QFETCH(bool, fast);
        const std::optional<SanitizedHtml> read = SimpleMarkupReader::sanitize(html);
        QCOMPARE(read.has_value(), fast);
        const SanitizedHtml parsed = HtmlSanitizer::sanitizeWithParser(html);
        if (read) {
            QCOMPARE(read->html, parsed.html);
            QCOMPARE(read->text, parsed.text);
        }
        const SanitizedHtml sanitized = HtmlSanitizer::sanitize(html);
        QCOMPARE(sanitized.html, parsed.html);
        QCOMPARE(sanitized.text, parsed.text);
    }

    void leavesLoneSurrogatesToTheParser()
    {
        const QString html = QStringLiteral("<p>a") + QChar(0xD800) + QStringLiteral("b</p>");
        QVERIFY(!SimpleMarkupReader::sanitize(html));
        QCOMPARE(HtmlSanitizer::sanitize(html).html, HtmlSanitizer::sanitizeWithParser(html).html);
    }

    // A mail body starting with a byte order mark (seen in a real Apache list archive): the
    // parser drops it, the reader leaves every one to the parser.
    void leavesByteOrderMarksToTheParser()
    {
        for (const QString &html : {QChar(0xFEFF) + QStringLiteral("<p>a</p>"),
                                    QStringLiteral("<p>") + QChar(0xFEFF) + QStringLiteral("a</p>"),
                                    QStringLiteral("a") + QChar(0xFEFF) + QStringLiteral("b")}) {
            QVERIFY(!SimpleMarkupReader::sanitize(html));
            QCOMPARE(HtmlSanitizer::sanitize(html).html, HtmlSanitizer::sanitizeWithParser(html).html);
        }
    }

    void agreesWithTheParserOnTheHostileCorpus()
    {
        const Agreement tally = compareUnder(QStringLiteral(SCHOLIA_TEST_FIXTURES "/hostile"));
        QVERIFY2(tally.accepted >= 0, "the fast path differs from the parser (see the warning)");
        QVERIFY(tally.total > 100);
    }

    void agreesWithTheParserOnTheFixtures()
    {
        Agreement all;
        for (const char *folder : {"reddit", "hackernews", "discourse", "rdrama", "oldreddit",
                                   "stackexchange", "bdfr", "mbox", "textdump"}) {
            const Agreement tally =
                compareUnder(QStringLiteral(SCHOLIA_TEST_FIXTURES "/") + QLatin1String(folder));
            QVERIFY2(tally.accepted >= 0, folder);
            all.accepted += tally.accepted;
            all.total += tally.total;
        }
        // Real saves are mostly plain markup: the fast path must be taking them.
        QVERIFY2(all.accepted * 4 > all.total,
                 qPrintable(QStringLiteral("%1 of %2").arg(all.accepted).arg(all.total)));
    }

    void agreesWithTheParserOnTheSharedFixtures()
    {
        const QString shared = QStringLiteral(SCHOLIA_SHARED_FIXTURES);
        if (!QDir(shared).exists())
            QSKIP("../shared/fixtures is not here");
        const Agreement tally = compareUnder(shared);
        QVERIFY2(tally.accepted >= 0, "the fast path differs from the parser (see the warning)");
        QVERIFY(tally.accepted > 0);
    }
};

QTEST_GUILESS_MAIN(TestSimpleMarkupReader)

#include "tst_simplemarkupreader.moc"
