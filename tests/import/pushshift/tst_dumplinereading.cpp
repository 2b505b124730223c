// The two steps of reading a dump line by line: NdjsonLineReader (bytes → lines) and
// DumpRecordReader (a line → a comment or submission, or the reason it is refused).
#include "import/pushshift/dumprecordreader.h"
#include "import/pushshift/ndjsonlinereader.h"

#include <QTest>

using namespace Scholia;

class TestDumpLineReading : public QObject
{
    Q_OBJECT

private:
    static QList<QByteArray> linesOf(NdjsonLineReader &reader, const QList<QByteArray> &pieces)
    {
        QList<QByteArray> lines;
        NdjsonLineReader::Line line;
        for (const QByteArray &piece : pieces) {
            reader.append(piece);
            while (reader.next(line))
                lines << (line.tooLong ? QByteArrayLiteral("<too long>") : line.bytes);
        }
        if (reader.finish(line))
            lines << (line.tooLong ? QByteArrayLiteral("<too long>") : line.bytes);
        return lines;
    }

private slots:
    void linesAcrossPieces()
    {
        NdjsonLineReader reader;
        const QList<QByteArray> lines = linesOf(reader, {"{\"a\":1}\n{\"b\"", ":2}\r\n\n{\"c\":3}"});
        QCOMPARE(lines, (QList<QByteArray>{"{\"a\":1}", "{\"b\":2}", "", "{\"c\":3}"}));
    }

    void numbersLinesFromOne()
    {
        NdjsonLineReader reader;
        reader.append("x\ny\n");
        NdjsonLineReader::Line line;
        QVERIFY(reader.next(line));
        QCOMPARE(line.number, 1);
        QVERIFY(reader.next(line));
        QCOMPARE(line.number, 2);
        QVERIFY(!reader.next(line));
        QVERIFY(!reader.finish(line));
    }

    void aLineOverTheLimitIsSkippedNotKept()
    {
        NdjsonLineReader reader(8);
        const QList<QByteArray> lines =
            linesOf(reader, {"short\n0123456789", "0123456789", "0123\nnext\n", "0123456789abc"});
        QCOMPARE(lines, (QList<QByteArray>{"short", "<too long>", "next", "<too long>"}));
    }

    void reads_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("comment");
        QTest::addColumn<QString>("threadId");
        QTest::addColumn<QString>("parentId");
        QTest::addColumn<qint64>("created");

        QTest::newRow("top-level comment")
            << QByteArray("{\"id\":\"c1\",\"link_id\":\"t3_abc\",\"parent_id\":\"t3_abc\",\"body\":\"hi\",\"author\":\"a\",\"created_utc\":1500000000,\"score\":3,\"subreddit\":\"x\"}")
            << true << "abc" << "" << qint64(1500000000);
        QTest::newRow("reply")
            << QByteArray("{\"id\":\"c2\",\"link_id\":\"t3_abc\",\"parent_id\":\"t1_c1\",\"body\":\"yo\",\"created_utc\":1500000001}")
            << true << "abc" << "c1" << qint64(1500000001);
        QTest::newRow("created_utc as a string (old dumps)")
            << QByteArray("{\"id\":\"c3\",\"link_id\":\"t3_abc\",\"parent_id\":\"t1_c1\",\"body\":\"yo\",\"created_utc\":\"1200000000\"}")
            << true << "abc" << "c1" << qint64(1200000000);
        QTest::newRow("submission")
            << QByteArray("{\"id\":\"abc\",\"title\":\"T\",\"selftext\":\"\",\"url\":\"https://e.org/\",\"created_utc\":1.5e9,\"num_comments\":4}")
            << false << "abc" << "" << qint64(1500000000);
    }
    void reads()
    {
        QFETCH(QByteArray, line);
        DumpRecordReader reader;
        const auto record = reader.read(line);
        QVERIFY2(record.ok(), record.ok() ? "" : qPrintable(record.error().toString()));
        QFETCH(bool, comment);
        QCOMPARE(record->isComment(), comment);
        QFETCH(QString, threadId);
        QCOMPARE(record->threadId, threadId);
        QFETCH(QString, parentId);
        QCOMPARE(record->parentId, parentId);
        QFETCH(qint64, created);
        QCOMPARE(record->created, std::optional<qint64>(created));
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("reason");

        QTest::newRow("truncated line") << QByteArray("{\"id\":\"c1\",\"link_id\":\"t3_abc\",\"bo")
                                        << "not valid JSON";
        QTest::newRow("id as a number")
            << QByteArray("{\"id\":12,\"link_id\":\"t3_abc\",\"parent_id\":\"t3_abc\",\"body\":\"x\"}")
            << "\"id\" is a number, not a string";
        QTest::newRow("body as an object")
            << QByteArray("{\"id\":\"c1\",\"link_id\":\"t3_abc\",\"parent_id\":\"t3_abc\",\"body\":{\"x\":1}}")
            << "\"body\" is an object, not a string";
        QTest::newRow("created_utc not a time")
            << QByteArray("{\"id\":\"c1\",\"link_id\":\"t3_abc\",\"body\":\"x\",\"created_utc\":\"yesterday\"}")
            << "not a number of seconds";
        QTest::newRow("link_id not a submission")
            << QByteArray("{\"id\":\"c1\",\"link_id\":\"t1_zzz\",\"body\":\"x\"}") << "not a submission's fullname";
        QTest::newRow("neither kind") << QByteArray("{\"id\":\"c1\",\"body\":\"x\"}")
                                      << "neither a comment";
        QTest::newRow("not an object") << QByteArray("[1,2]") << "expected a comment or submission object";
        QTest::newRow("no id") << QByteArray("{\"link_id\":\"t3_abc\",\"body\":\"x\"}") << "has no \"id\"";
    }
    void refuses()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, reason);
        DumpRecordReader reader;
        const auto record = reader.read(line);
        QVERIFY(!record.ok());
        QVERIFY2(record.error().message.contains(reason), qPrintable(record.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDumpLineReading)
#include "tst_dumplinereading.moc"
