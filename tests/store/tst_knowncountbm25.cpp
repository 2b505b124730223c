// known_count_bm25() against FTS5's own bm25(): the same double for every row, whether
// the query is one phrase (the count given) or several (each phrase counted), and
// without a count (each phrase counted, up to half of the rows).

#include "store/knowncountbm25.h"
#include "store/sqlitedatabase.h"
#include "store/sqlitestatement.h"

#include <QTest>

#include <cstring>

using namespace Scholia;

class TestKnownCountBm25 : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void scoresAsBm25_data();
    void scoresAsBm25();
    void aWrongCountOnlyMattersForOnePhrase();

private:
    std::unique_ptr<SqliteDatabase> m_db;
};

void TestKnownCountBm25::init()
{
    m_db = std::make_unique<SqliteDatabase>(QStringLiteral(":memory:"));
    KnownCountBm25::registerOn(*m_db);
    // Two columns, as comments_fts has, and rows of different lengths, so that both the
    // length and the frequency parts of the score vary.
    m_db->execute(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(body, author)"));
    const QStringList bodies = {
        QStringLiteral("the supply chain broke"),
        QStringLiteral("a supply chain, another supply chain, and a chain of supply"),
        QStringLiteral("chain"),
        QStringLiteral("supply and demand in a market economy with a long supply chain"),
        QStringLiteral("nothing here"),
        QStringLiteral("market economy"),
        QStringLiteral("the market the economy the market economy"),
    };
    int row = 0;
    for (const QString &body : bodies) {
        SqliteStatement insert =
            m_db->prepare(QStringLiteral("INSERT INTO t(body, author) VALUES (?1, ?2)"));
        insert.bind(1, body).bind(2, row++ % 2 ? QStringLiteral("chain") : QStringLiteral("u1"));
        insert.step();
    }
}

void TestKnownCountBm25::cleanup()
{
    m_db.reset();
}

void TestKnownCountBm25::scoresAsBm25_data()
{
    QTest::addColumn<QString>("match");
    // Of the 7 rows, "chain" is in 5 (more than half: the count stops at 4, and the weight
    // is the floor either way), "supply" in 3 and "the" in 2 (under half: counted whole).
    QTest::newRow("one word") << "chain";
    QTest::newRow("one word under half") << "supply";
    QTest::newRow("a rarer word") << "the";
    QTest::newRow("one phrase") << "\"supply chain\"";
    QTest::newRow("a prefix") << "ma*";
    QTest::newRow("a column") << "author : chain";
    QTest::newRow("two words") << "supply AND chain";
    QTest::newRow("or") << "\"market economy\" OR demand";
    QTest::newRow("not") << "chain NOT supply";
}

void TestKnownCountBm25::scoresAsBm25()
{
    QFETCH(QString, match);
    SqliteStatement count =
        m_db->prepare(QStringLiteral("SELECT count(*) FROM t WHERE t MATCH ?1"));
    count.bind(1, match);
    QVERIFY(count.step());
    const qint64 rows = count.columnInt64(0);
    QVERIFY(rows > 0);

    // Given the count, and counting each phrase itself (only to half of the rows). Two
    // statements: FTS5 keeps one function's weights per cursor, so two calls of it in one
    // statement would share the first one's.
    for (const QString rank : {QStringLiteral("known_count_bm25(t, ?2)"),
                               QStringLiteral("known_count_bm25(t)")}) {
        const QString text =
            QStringLiteral("SELECT rowid, bm25(t), %1 FROM t WHERE t MATCH ?1 ORDER BY rowid")
                .arg(rank);
        SqliteStatement scores = m_db->prepare(text);
        scores.bind(1, match);
        if (text.contains(QStringLiteral("?2")))
            scores.bind(2, rows);
        int compared = 0;
        while (scores.step()) {
            const double bm25 = scores.columnDouble(1);
            const double known = scores.columnDouble(2);
            // Bit for bit: the order of the hits is decided by these doubles.
            QVERIFY2(std::memcmp(&bm25, &known, sizeof bm25) == 0,
                     qPrintable(QStringLiteral("row %1: bm25 %2, %3 %4")
                                    .arg(scores.columnInt64(0))
                                    .arg(bm25, 0, 'g', 17)
                                    .arg(rank)
                                    .arg(known, 0, 'g', 17)));
            ++compared;
        }
        QCOMPARE(compared, rows);
    }
}

// The count is taken as the phrase's only for a one-phrase query: a query of several
// phrases is scored from its own counts, whatever number it is given.
void TestKnownCountBm25::aWrongCountOnlyMattersForOnePhrase()
{
    const auto scores = [this](const QString &match, qint64 given) {
        SqliteStatement statement = m_db->prepare(QStringLiteral(
            "SELECT bm25(t), known_count_bm25(t, ?2) FROM t WHERE t MATCH ?1 ORDER BY rowid"));
        statement.bind(1, match).bind(2, given);
        QList<std::pair<double, double>> pairs;
        while (statement.step())
            pairs.append({statement.columnDouble(0), statement.columnDouble(1)});
        return pairs;
    };
    for (const auto &[bm25, known] : scores(QStringLiteral("supply AND chain"), 1))
        QCOMPARE(known, bm25);
    bool differs = false;
    for (const auto &[bm25, known] : scores(QStringLiteral("chain"), 1))
        differs = differs || known != bm25;
    QVERIFY(differs);
}

QTEST_GUILESS_MAIN(TestKnownCountBm25)
#include "tst_knowncountbm25.moc"
