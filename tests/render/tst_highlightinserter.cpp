#include "html/htmlsanitizer.h"
#include "render/highlightinserter.h"

#include <QRegularExpression>
#include <QTest>

using namespace Scholia;

namespace {

QString withoutMarks(QString html)
{
    static const QRegularExpression mark(QStringLiteral("</?mark[^>]*>"));
    return html.remove(mark);
}

// The text each mark wraps, in order, with its annotation ids.
QStringList markedTexts(const QString &html)
{
    static const QRegularExpression mark(QStringLiteral("<mark class=\"hl hl-(\\w+)\" data-annotation=\"([\\d ]+)\"[^>]*>([^<]*)</mark>"));
    QStringList out;
    for (auto it = mark.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out << QStringLiteral("%1|%2|%3").arg(m.captured(1), m.captured(2), m.captured(3));
    }
    return out;
}

} // namespace

class TestHighlightInserter : public QObject
{
    Q_OBJECT

private slots:
    void marksTheRangeOfTheText()
    {
        const auto body = HtmlSanitizer::sanitize(QStringLiteral("<p>Fish &amp; chips are <em>great</em> food</p>"));
        QCOMPARE(body.text, QStringLiteral("Fish & chips are great food"));
        const qsizetype start = body.text.indexOf(QStringLiteral("& chips"));
        const QString html = HighlightInserter::insert(body.html, {{start, start + 7, 5, QStringLiteral("yellow"), {}}});
        QCOMPARE(markedTexts(html), QStringList{QStringLiteral("yellow|5|&amp; chips")});
        QCOMPARE(withoutMarks(html), body.html); // the text is untouched
    }

    void splitsAtElementBoundaries()
    {
        const auto body = HtmlSanitizer::sanitize(QStringLiteral("<p>one <strong>two</strong> three</p><p>four</p>"));
        const qsizetype start = body.text.indexOf(QStringLiteral("ne"));
        const qsizetype end = body.text.indexOf(QStringLiteral("ou")) + 2;
        const QString html = HighlightInserter::insert(body.html, {{start, end, 1, QStringLiteral("sky"), {}}});
        QCOMPARE(markedTexts(html), QStringList({"sky|1|ne ", "sky|1|two", "sky|1| three", "sky|1|\n", "sky|1|fou"}));
        QCOMPARE(withoutMarks(html), body.html);
    }

    void overlappingRangesListBothAndTakeTheNewestColour()
    {
        const auto body = HtmlSanitizer::sanitize(QStringLiteral("abcdefghij"));
        const QString html = HighlightInserter::insert(
            body.html, {{0, 6, 3, QStringLiteral("yellow"), {}}, {4, 8, 9, QStringLiteral("green"), {}}});
        QCOMPARE(markedTexts(html), QStringList({"yellow|3|abcd", "green|3 9|ef", "green|9|gh"}));
    }

    void preAndEmojiKeepTheirOffsets()
    {
        const auto body = HtmlSanitizer::sanitize(QStringLiteral("<p>\U0001F680 go</p><pre><code>\nx = 1</code></pre>"));
        const qsizetype rocket = body.text.indexOf(QStringLiteral("\U0001F680"));
        const qsizetype code = body.text.indexOf(QStringLiteral("x = 1"));
        const QString html = HighlightInserter::insert(
            body.html, {{rocket, rocket + 2, 1, QStringLiteral("orange"), {}}, {code, code + 5, 2, QStringLiteral("blue"), {}}});
        QCOMPARE(markedTexts(html), QStringList({QStringLiteral("orange|1|\U0001F680"), QStringLiteral("blue|2|x = 1")}));
        QCOMPARE(withoutMarks(html), body.html);
    }

    void titleIsEscaped()
    {
        const QString html = HighlightInserter::insert(QStringLiteral("text"), {{0, 4, 1, QStringLiteral("yellow"), QStringLiteral("\"><script>")}});
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("title=\"&quot;&gt;&lt;script&gt;\"")));
    }

    void emptyOrBrokenRangesChangeNothing()
    {
        const QString html = QStringLiteral("<p>abc</p>");
        QCOMPARE(HighlightInserter::insert(html, {}), html);
        QCOMPARE(HighlightInserter::insert(html, {{2, 2, 1, QStringLiteral("yellow"), {}}}), html);
        QCOMPARE(HighlightInserter::insert(html, {{-3, 1, 1, QStringLiteral("yellow"), {}}}), html);
    }
};

QTEST_GUILESS_MAIN(TestHighlightInserter)
#include "tst_highlightinserter.moc"
