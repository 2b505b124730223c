#include "render/findmatchcounter.h"

#include <QTest>

using namespace Scholia;

namespace {

// ThreadStore::commentTexts's form: id U+001F text U+001E, per comment.
QString records(const QStringList &texts)
{
    QString joined;
    for (qsizetype i = 0; i < texts.size(); ++i)
        joined += QStringLiteral("c%1").arg(i) + QChar(0x1f) + texts[i] + QChar(0x1e);
    return joined;
}

} // namespace

class TestFindMatchCounter : public QObject
{
    Q_OBJECT

private slots:
    void countsEachMatchingCommentInOrder()
    {
        const QString texts = records({QStringLiteral("Supply and demand"), QStringLiteral("nothing here"),
                                       QStringLiteral("SUPPLY chains, supply side"), QStringLiteral("")});
        QCOMPARE(FindMatchCounter::matchesIn(texts, QStringLiteral("supply")), QByteArray("0 1\n2 2\n"));
    }

    void matchesDoNotOverlap()
    {
        // As find.js counts: "aaaa" holds "aa" twice, not three times.
        QCOMPARE(FindMatchCounter::matchesIn(records({QStringLiteral("aaaa")}), QStringLiteral("aa")),
                 QByteArray("0 2\n"));
    }

    void lowercasesTheTextNotTheNeedle()
    {
        // The page sends its needle lowercased; a needle with capitals matches nothing.
        const QString texts = records({QStringLiteral("Ärger über Öl")});
        QCOMPARE(FindMatchCounter::matchesIn(texts, QStringLiteral("ärger")), QByteArray("0 1\n"));
        QCOMPARE(FindMatchCounter::matchesIn(texts, QStringLiteral("Ärger")), QByteArray());
    }

    void theIdIsNotSearched()
    {
        // "c1" is comment 1's id, not its text.
        QCOMPARE(FindMatchCounter::matchesIn(records({QStringLiteral("x"), QStringLiteral("y")}),
                                             QStringLiteral("c1")),
                 QByteArray());
    }

    void emptyNeedleOrNoCommentsMatchNothing()
    {
        QCOMPARE(FindMatchCounter::matchesIn(records({QStringLiteral("text")}), QString()), QByteArray());
        QCOMPARE(FindMatchCounter::matchesIn(QString(), QStringLiteral("text")), QByteArray());
    }

    void aLastRecordWithoutItsSeparatorIsRead()
    {
        const QString texts = QStringLiteral("c0") + QChar(0x1f) + QStringLiteral("one")
            + QChar(0x1e) + QStringLiteral("c1") + QChar(0x1f) + QStringLiteral("one more");
        QCOMPARE(FindMatchCounter::matchesIn(texts, QStringLiteral("one")), QByteArray("0 1\n1 1\n"));
    }
};

QTEST_GUILESS_MAIN(TestFindMatchCounter)
#include "tst_findmatchcounter.moc"
