// WordDiff: the words a re-import removed and added, in reading order.

#include "core/worddiff.h"

#include <QTest>

using namespace Scholia;
using Kind = WordDiff::Kind;
using Runs = std::vector<WordDiff::Run>;

Q_DECLARE_METATYPE(Runs)

namespace {

// "=kept -gone +new" notation, one run per element: easy to read in a failing test.
QStringList spelled(const Runs &runs)
{
    QStringList out;
    for (const WordDiff::Run &run : runs)
        out << (run.kind == Kind::Equal     ? QStringLiteral("=")
                : run.kind == Kind::Removed ? QStringLiteral("-")
                                            : QStringLiteral("+")) +
                   run.text;
    return out;
}

QString side(const Runs &runs, Kind skipped)
{
    QString text;
    for (const WordDiff::Run &run : runs) {
        if (run.kind != skipped)
            text += run.text;
    }
    return text;
}

} // namespace

class TestWordDiff : public QObject
{
    Q_OBJECT

private slots:
    void tokens()
    {
        const QString text = QStringLiteral("Hello,  wörld_1 — ok");
        QStringList spelledTokens;
        QString joined;
        for (QStringView token : WordDiff::tokens(text)) {
            spelledTokens << token.toString();
            joined += token;
        }
        QCOMPARE(spelledTokens,
                 (QStringList{QStringLiteral("Hello"), QStringLiteral(","), QStringLiteral("  "),
                              QStringLiteral("wörld_1"), QStringLiteral(" "), QStringLiteral("—"),
                              QStringLiteral(" "), QStringLiteral("ok")}));
        QCOMPARE(joined, text);
    }

    void compare_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("same") << "a b c"
                              << "a b c" << QStringList{"=a b c"};
        QTest::newRow("both empty") << ""
                                    << "" << QStringList{};
        QTest::newRow("from nothing") << ""
                                      << "new text" << QStringList{"+new text"};
        QTest::newRow("to nothing") << "old text"
                                    << "" << QStringList{"-old text"};
        QTest::newRow("one word changed")
            << "the cat sat on the mat"
            << "the dog sat on the mat" << QStringList{"=the ", "-cat", "+dog", "= sat on the mat"};
        QTest::newRow("word inserted")
            << "I agree with you"
            << "I mostly agree with you" << QStringList{"=I ", "+mostly ", "=agree with you"};
        QTest::newRow("sentence removed at the end")
            << "First point. Second point."
            << "First point." << QStringList{"=First point.", "- Second point."};
        QTest::newRow("punctuation only")
            << "yes, really"
            << "yes; really" << QStringList{"=yes", "-,", "+;", "= really"};
        QTest::newRow("a space between two changes joins them")
            << "it has a few words"
            << "it has <many> more words"
            << QStringList{"=it has ", "-a few", "+<many> more", "= words"};
        QTest::newRow("two separate changes")
            << "one two three four five"
            << "one 2 three four 5"
            << QStringList{"=one ", "-two", "+2", "= three four ", "-five", "+5"};
    }

    void compare()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QStringList, expected);
        QCOMPARE(spelled(WordDiff::compare(before, after)), expected);
    }

    // Whatever the texts, the runs give back both of them: dropping Added runs gives the
    // old text, dropping Removed ones the new; neighbours never share a kind.
    void runsRebuildBothTexts()
    {
        const QString before = QStringLiteral(
            "Moderators removed this, and the rest, of the post; see the rules (3).");
        const QString after =
            QStringLiteral("Moderators edited the post: see rule 3, and the FAQ.");
        const Runs runs = WordDiff::compare(before, after);
        QCOMPARE(side(runs, Kind::Added), before);
        QCOMPARE(side(runs, Kind::Removed), after);
        for (size_t i = 1; i < runs.size(); ++i)
            QVERIFY(runs[i].kind != runs[i - 1].kind);
    }

    // A total rewrite of a long text stops searching at the cap: everything removed,
    // everything added, the shared head and tail still kept.
    void rewriteBeyondTheCapIsRemovedThenAdded()
    {
        QString before = QStringLiteral("Start ");
        QString after = QStringLiteral("Start ");
        for (int i = 0; i < 3000; ++i) {
            before += QStringLiteral("a%1 ").arg(i);
            after += QStringLiteral("b%1 ").arg(i);
        }
        before += QStringLiteral("end");
        after += QStringLiteral("end");
        const Runs runs = WordDiff::compare(before, after, 50);
        QCOMPARE(runs.size(), size_t(4));
        QCOMPARE(runs[0].kind, Kind::Equal);
        QCOMPARE(runs[0].text, QStringLiteral("Start "));
        QCOMPARE(runs[1].kind, Kind::Removed);
        QCOMPARE(runs[2].kind, Kind::Added);
        QCOMPARE(runs[3].kind, Kind::Equal);
        QCOMPARE(side(runs, Kind::Added), before);
        QCOMPARE(side(runs, Kind::Removed), after);
    }

    // Under the cap, a long text with a few scattered changes is diffed exactly.
    void longTextWithFewChanges()
    {
        QStringList words;
        for (int i = 0; i < 20000; ++i)
            words << QStringLiteral("w%1").arg(i);
        const QString before = words.join(QLatin1Char(' '));
        words[5000] = QStringLiteral("changed");
        words.removeAt(15000);
        const QString after = words.join(QLatin1Char(' '));
        const Runs runs = WordDiff::compare(before, after);
        QCOMPARE(side(runs, Kind::Added), before);
        QCOMPARE(side(runs, Kind::Removed), after);
        int changes = 0;
        for (const WordDiff::Run &run : runs)
            changes += run.kind == Kind::Equal ? 0 : 1;
        QCOMPARE(changes, 3); // -w5000 +changed, -w15000 (with a space)
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
