#include "core/reanchorer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Scholia;

Q_DECLARE_METATYPE(Scholia::AnchorState)

namespace {

// A long quote: numbered sentences, so no stretch of it repeats.
QString sentences(int from, int count)
{
    QString text;
    for (int i = from; i < from + count; ++i)
        text += QStringLiteral("Sentence %1 says something about export controls. ").arg(i);
    return text;
}

bool splitsASurrogatePair(const QString &text, qsizetype offset)
{
    return offset > 0 && offset < text.size() && text.at(offset).isLowSurrogate();
}

} // namespace

class TestReanchorer : public QObject
{
    Q_OBJECT

private slots:
    void reanchors_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("quoted"); // the passage, at its first occurrence in oldText
        QTest::addColumn<QString>("newText");
        QTest::addColumn<AnchorState>("state");
        QTest::addColumn<QString>("newExact");   // the passage found; ignored when orphaned
        QTest::addColumn<qsizetype>("newStart"); // -1: the first occurrence of newExact

        const QString fox = "The quick brown fox jumps over the lazy dog.";
        QTest::newRow("unchanged")
            << fox << "brown fox" << fox << AnchorState::Anchored << "brown fox" << qsizetype(10);
        QTest::newRow("shifted") << fox << "brown fox"
                                 << "Edit: typo fixed. " + fox << AnchorState::Anchored
                                 << "brown fox" << qsizetype(28);
        QTest::newRow("text after the quote changed")
            << fox << "quick brown"
            << "The quick brown cat sleeps." << AnchorState::Anchored << "quick brown"
            << qsizetype(4);

        const QString chips =
            "They argue that the export controls on advanced chips will backfire within a decade.";
        QTest::newRow("edited inside the quote")
            << chips << "the export controls on advanced chips"
            << "They argue that the export control on advanced AI chips will backfire within a "
               "decade."
            << AnchorState::Reanchored << "the export control on advanced AI chips"
            << qsizetype(-1);
        QTest::newRow("edited inside and shifted")
            << chips << "the export controls on advanced chips"
            << "EDIT: sources added below.\n\nThey argue that the expert controls on advanced "
               "chips will backfire."
            << AnchorState::Reanchored << "the expert controls on advanced chips" << qsizetype(-1);
        QTest::newRow("punctuation changed")
            << "I think, therefore I am, said he."
            << "I think, therefore I am"
            << "I think; therefore, I am — said he." << AnchorState::Reanchored
            << "I think; therefore, I am" << qsizetype(0);
        QTest::newRow("quote removed") << chips << "the export controls on advanced chips"
                                       << "Never mind, I was wrong about all of this."
                                       << AnchorState::Orphaned << QString() << qsizetype(0);
        QTest::newRow("too many edits")
            << "alpha beta gamma delta"
            << "beta gamma"
            << "alpha bXtX gXmXa delta" << AnchorState::Orphaned << QString() << qsizetype(0);
        QTest::newRow("comment emptied")
            << fox << "lazy dog" << QString() << AnchorState::Orphaned << QString() << qsizetype(0);
        QTest::newRow("comment deleted")
            << fox << "lazy dog"
            << "[deleted]" << AnchorState::Orphaned << QString() << qsizetype(0);

        // Twice: the occurrence whose context still fits wins, flagged for a look.
        QTest::newRow("quote now twice") << "I like cats. Dogs are fine."
                                         << "cats"
                                         << "Update: cats rule. I like cats. Dogs are fine."
                                         << AnchorState::Reanchored << "cats" << qsizetype(26);
        QTest::newRow("quote now twice, other context first")
            << "Dogs are fine. I like cats, honestly."
            << "like cats"
            << "I like cats too. Dogs are fine. I like cats, honestly." << AnchorState::Reanchored
            << "like cats" << qsizetype(34);
        QTest::newRow("twice at the same place")
            << "ab ab"
            << "ab"
            << "ab ab" << AnchorState::Anchored << "ab" << qsizetype(0);

        const QString rocket =
            QString::fromUtf8("Launch \xF0\x9F\x9A\x80 today, then \xF0\x9F\x8E\x89 party");
        QTest::newRow("emoji, shifted")
            << rocket << QString::fromUtf8("\xF0\x9F\x9A\x80 today") << "Big news: " + rocket
            << AnchorState::Anchored << QString::fromUtf8("\xF0\x9F\x9A\x80 today")
            << qsizetype(17);
        QTest::newRow("emoji, edited inside")
            << rocket << QString::fromUtf8("\xF0\x9F\x9A\x80 today, then \xF0\x9F\x8E\x89")
            << QString::fromUtf8("Launch \xF0\x9F\x9A\x80 today then \xF0\x9F\x8E\x8A party")
            << AnchorState::Reanchored
            << QString::fromUtf8("\xF0\x9F\x9A\x80 today then \xF0\x9F\x8E\x8A") << qsizetype(7);
        QTest::newRow("emoji replaced at the quote's end")
            << QString::fromUtf8("so much fun \xF0\x9F\x8E\x89 yes")
            << QString::fromUtf8("so much fun \xF0\x9F\x8E\x89")
            << QString::fromUtf8("oh so much fun \xF0\x9F\x98\x80\xF0\x9F\x8E\x8A yes")
            << AnchorState::Reanchored << QString() << qsizetype(-1);

        const QString longQuote = sentences(0, 20); // about 1 000 characters
        QString lightlyEdited = longQuote;
        lightlyEdited.replace(QStringLiteral("Sentence 10 says"),
                              QStringLiteral("Sentence ten said"));
        QTest::newRow("long quote, shifted") << "Intro. " + longQuote + "Outro." << longQuote
                                             << "A new intro line. " + longQuote + "Outro."
                                             << AnchorState::Anchored << longQuote << qsizetype(18);
        QTest::newRow("long quote, edited in the middle")
            << "Intro. " + longQuote + "Outro." << longQuote
            << "New intro. " + lightlyEdited + "Outro." << AnchorState::Reanchored << lightlyEdited
            << qsizetype(11);
        QString headEdited = longQuote;
        headEdited.replace(0, 10, QStringLiteral("SENTENCE 0"));
        QTest::newRow("long quote, edited at its start")
            << "Intro. " + longQuote + "Outro." << longQuote << "Intro! " + headEdited + "Outro."
            << AnchorState::Reanchored << headEdited << qsizetype(7);
        QTest::newRow("long quote, mostly rewritten")
            << "Intro. " + longQuote << longQuote
            << "Intro. " + longQuote.left(100) +
                   QString("Other words entirely, and more of them. ").repeated(25)
            << AnchorState::Orphaned << QString() << qsizetype(0);
    }

    void reanchors()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, quoted);
        QFETCH(QString, newText);
        QFETCH(AnchorState, state);
        QFETCH(QString, newExact);
        QFETCH(qsizetype, newStart);

        const qsizetype start = oldText.indexOf(quoted);
        QVERIFY(start >= 0);
        const TextPositionSelector position{start, start + quoted.size()};
        const TextQuoteSelector quote =
            TextQuoteSelector::fromText(oldText, position.start, position.end);
        const Reanchoring result = Reanchorer::reanchor(position, quote, newText);

        QCOMPARE(result.state, state);
        if (state == AnchorState::Orphaned) {
            QCOMPARE(result.position, position);
            QCOMPARE(result.quote, quote);
            return;
        }
        // Wherever it lands, the selectors describe the new text exactly.
        QCOMPARE(newText.mid(result.position.start, result.position.length()), result.quote.exact);
        QCOMPARE(result.quote,
                 TextQuoteSelector::fromText(newText, result.position.start, result.position.end));
        QVERIFY(!splitsASurrogatePair(newText, result.position.start));
        QVERIFY(!splitsASurrogatePair(newText, result.position.end));
        if (!newExact.isEmpty())
            QCOMPARE(result.quote.exact, newExact);
        if (newStart >= 0)
            QCOMPARE(result.position.start, newStart);
        else if (!newExact.isEmpty())
            QCOMPARE(result.position.start, newText.indexOf(newExact));
        QVERIFY(result.distance <= Reanchorer::toleratedDistance(quote.exact.size()));
    }

    void emptyQuoteIsNeverFound()
    {
        const Reanchoring result = Reanchorer::reanchor({0, 0}, {}, QStringLiteral("anything"));
        QCOMPARE(result.state, AnchorState::Orphaned);
    }

    void positionOutsideTheNewTextIsNotTrusted()
    {
        const QString text = QStringLiteral("short");
        const Reanchoring result =
            Reanchorer::reanchor({40, 45}, {QStringLiteral("short"), {}, {}}, text);
        QCOMPARE(result.state, AnchorState::Anchored);
        QCOMPARE(result.position, (TextPositionSelector{0, 5}));
    }

    // Sanity, not a timing test: a 100 KB comment with no good match, an edited match
    // at its very end, and text that matches everywhere all finish (and say so).
    void longCommentsStayBounded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("exact");
        QTest::addColumn<AnchorState>("state");

        QString prose;
        while (prose.size() < 100'000)
            prose += QStringLiteral(
                "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod. ");
        const QString quote = QStringLiteral("the export controls on advanced chips will backfire");
        QTest::newRow("no match in 100 KB") << prose << quote << AnchorState::Orphaned;
        QTest::newRow("edited match at the end of 100 KB")
            << prose + QStringLiteral("the export controls on advanced AI chips will backfire")
            << quote << AnchorState::Reanchored;
        QTest::newRow("a quote of 200 near-matches in 100 KB of the same letter")
            << QString(100'000, QLatin1Char('a'))
            << QString(199, QLatin1Char('a')) + QLatin1Char('b') << AnchorState::Reanchored;
        QTest::newRow("a 20 KB quote in 100 KB")
            << prose.left(40'000) + sentences(0, 400) + prose.left(40'000) << sentences(1, 400)
            << AnchorState::Reanchored;
    }

    void longCommentsStayBounded()
    {
        QFETCH(QString, text);
        QFETCH(QString, exact);
        QFETCH(AnchorState, state);
        QElapsedTimer timer;
        timer.start();
        const Reanchoring result =
            Reanchorer::reanchor({5, 5 + exact.size()}, {exact, {}, {}}, text);
        qInfo("%s: %lld ms", QTest::currentDataTag(), qint64(timer.elapsed()));
        QCOMPARE(result.state, state);
    }
};

QTEST_GUILESS_MAIN(TestReanchorer)
#include "tst_reanchorer.moc"
