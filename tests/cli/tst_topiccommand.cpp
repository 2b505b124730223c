// scholia topic, run as a user or a script would run it: three threads from three
// files, passages tagged under "economics", as Markdown and as JSON.

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "scholiaprocess.h"

namespace {

using Run = ScholiaRun;

Run scholia(const QStringList &arguments)
{
    return runScholia(arguments);
}

QString fixture(const QString &path)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/") + path;
}

} // namespace

class TestTopicCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    void annotate(const QStringList &arguments)
    {
        const Run run = scholia(QStringList{"annotate"} + arguments + QStringList{"--db", m_db});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath("library.sqlite");
        // Threads 1, 2, 3: "Chip export controls, argued", "Cats & dogs…", "Ask HN: Café…".
        const Run import = scholia({"import", fixture("reddit/annotated-thread.json"),
                                    fixture("reddit/small-thread.json"),
                                    fixture("hackernews/algolia-item.json"), "--db", m_db});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        annotate({"1", "--comment", "e1", "--quote", "export controls", "--tag", "economics/trade",
                  "--note", "Claim *one*"});
        annotate({"2", "--comment", "c7", "--tag", "economics"});
        annotate({"3", "--comment", "9102", "--quote", "Level two", "--tag", "economicsx"});
        annotate({"3", "--comment", "9101", "--quote", "chips", "--tag", "economics", "--tag",
                  "rhetoric"});
    }

    void printsTheTopicAsMarkdownByThread()
    {
        const Run run = scholia({"topic", "economics", "--db", m_db});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        const QString expected = "# Topic: economics\n"
                                 "\n"
                                 "Exported " +
                                 QDate::currentDate().toString(Qt::ISODate) +
                                 " · Passages: 3 · Threads: 3\n"
                                 "\n"
                                 "## Ask HN: Café \\& \"crème\" tools? (news.ycombinator.com)\n"
                                 "\n"
                                 "> chips\n"
                                 "\n"
                                 "*alice · 2023-03-01 10:05 UTC · economics, rhetoric*\n"
                                 "\n"
                                 "## Cats \\& dogs: which is “better”? (reddit.com/r/testsub)\n"
                                 "\n"
                                 "> Zürich 🚀 \\& co\n"
                                 "\n"
                                 "*zoë · 2023-11-14 22:25 UTC · economics*\n"
                                 "\n"
                                 "## Chip export controls, argued (reddit.com/r/testsub)\n"
                                 "\n"
                                 "> export controls\n"
                                 "\n"
                                 "Claim \\*one\\*\n"
                                 "\n"
                                 "*bob · 2023-11-14 22:15 UTC · economics/trade*\n";
        QCOMPARE(run.out, expected);
    }

    void printsJsonInTheChosenOrder()
    {
        const Run run =
            scholia({"topic", "economics", "--format", "json", "--sort", "date", "--db", m_db});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray passages = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(passages.size(), 3);
        QStringList order;
        for (const QJsonValue &p : passages)
            order << p.toObject().value("comment").toString();
        QCOMPARE(order, QStringList({"9101", "e1", "c7"}));

        const QJsonObject claim = passages.at(1).toObject();
        QCOMPARE(claim.value("annotation").toInteger(), 1);
        QCOMPARE(claim.value("thread").toInteger(), 1);
        QCOMPARE(claim.value("threadTitle").toString(), QString("Chip export controls, argued"));
        QCOMPARE(claim.value("site").toString(), QString("reddit.com/r/testsub"));
        QCOMPARE(claim.value("author").toString(), QString("bob"));
        QCOMPARE(claim.value("created").toString(), QString("2023-11-14T22:15:00+00:00"));
        QCOMPARE(claim.value("quote").toString(), QString("export controls"));
        QCOMPARE(claim.value("wholeComment").toBool(), false);
        QCOMPARE(claim.value("note").toString(), QString("Claim *one*"));
        QCOMPARE(claim.value("color").toString(), QString("yellow"));
        QCOMPARE(claim.value("tags").toArray(), QJsonArray({"economics/trade"}));
        QCOMPARE(claim.value("state").toString(), QString("anchored"));

        const QJsonObject whole = passages.at(2).toObject();
        QCOMPARE(whole.value("wholeComment").toBool(), true);
        QCOMPARE(whole.value("quote").toString(), QString("Zürich 🚀 & co"));

        // The child tag alone; by author.
        const Run child = scholia(
            {"topic", "Economics/Trade", "--format", "json", "--sort", "author", "--db", m_db});
        QCOMPARE(child.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(child.out.toUtf8()).array().size(), 1);
    }

    void anUnknownTagFailsAndSuggestsCloseOnes()
    {
        const Run run = scholia({"topic", "economic", "--db", m_db});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err, QString("scholia topic: there is no tag \"economic\"; did you mean: "
                                  "economics, economics/trade, economicsx\n"));
        const Run far = scholia({"topic", "zoology", "--db", m_db});
        QCOMPARE(far.exitCode, 1);
        QCOMPARE(far.err, QString("scholia topic: there is no tag \"zoology\"\n"));
    }

    void rejectsBadUsage()
    {
        QCOMPARE(scholia({"topic", "--db", m_db}).exitCode, 2);
        QCOMPARE(scholia({"topic", "economics", "--format", "xml", "--db", m_db}).exitCode, 2);
        QCOMPARE(scholia({"topic", "economics", "--sort", "size", "--db", m_db}).exitCode, 2);
        const Run help = scholia({"topic", "--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--format"));
        QVERIFY(scholia({"--help"}).out.contains("topic"));
    }
};

QTEST_GUILESS_MAIN(TestTopicCommand)
#include "tst_topiccommand.moc"
