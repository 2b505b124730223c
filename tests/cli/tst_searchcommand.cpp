// scholia search, run as a user or a script would run it.

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

} // namespace

class TestSearchCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run search(QStringList arguments)
    {
        arguments.prepend(m_db);
        arguments.prepend("--db"); // before any "--", after which everything is the query
        arguments.prepend("search");
        return scholia(arguments);
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath("library.sqlite");
        const Run imported =
            scholia({"import", QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/small-thread.json"),
                     "--db", m_db});
        QCOMPARE(imported.exitCode, 0);
    }

    void printsOneLinePerHit()
    {
        const Run run = search({"cats"});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // comment c2, and the thread's title and post
        QVERIFY2(lines.contains("1\tc2\talice\t2023-11-14T22:16:40Z\tAgreed, **cats**."),
                 qPrintable(run.out));
        const QString threadLine = lines.at(lines.at(0).startsWith("1\tc2") ? 1 : 0);
        QVERIFY2(threadLine.startsWith("1\t\t"),
                 qPrintable(threadLine)); // no comment id: the thread itself
        QVERIFY2(threadLine.contains("**Cats**"), qPrintable(threadLine));
        QCOMPARE(run.err, QString("matches: 2, best first\n"));
    }

    void printsJson()
    {
        const Run run = search({"chips", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject page = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(page.value("total").toInt(), 1);
        QCOMPARE(page.value("totalIsLowerBound").toBool(), false);
        QCOMPARE(page.value("order").toString(), QString("relevance"));
        const QJsonObject hit = page.value("hits").toArray().at(0).toObject();
        QCOMPARE(hit.value("thread").toInt(), 1);
        QCOMPARE(hit.value("comment").toString(), QString("c1"));
        QCOMPARE(hit.value("kind").toString(), QString("comment"));
        QCOMPARE(hit.value("author").toString(), QString("bob"));
        QVERIFY2(hit.value("snippetHtml").toString().startsWith("Fish &amp; <b>chips</b> &lt;3"),
                 qPrintable(hit.value("snippetHtml").toString()));
        QVERIFY(hit.value("snippet").toString().startsWith("Fish & chips <3"));
    }

    void filtersAndExcludes()
    {
        Run run = search({"zurich", "author:zoë"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("1\tc7\tzoë\t"), qPrintable(run.out));
        QVERIFY(run.out.contains("**Zürich**"));

        run = search({"--", "cats", "-agreed"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count('\n'), 1);
        QVERIFY(run.out.startsWith("1\t\t"));

        run = search({"haddock"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err, QString("matches: 0, best first\n"));
    }

    void pointsAtAMalformedQuery()
    {
        Run run = search({"fish", "foo:bar"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("scholia search: unknown filter \"foo:\""),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains("(at column 6)\n  fish foo:bar\n       ^\n"),
                 qPrintable(run.err));
        QVERIFY(!run.err.contains("SQL", Qt::CaseInsensitive));

        run = search({"--", "-cats"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("excluded word"), qPrintable(run.err));

        QCOMPARE(search({"cats", "--limit", "0"}).exitCode, 2);
        QCOMPARE(search({"cats", "--offset", "x"}).exitCode, 2);
    }

    void pages()
    {
        const Run first = search({"cats", "--limit", "1"});
        const Run second = search({"cats", "--limit", "1", "--offset", "1"});
        QCOMPARE(first.out.count('\n'), 1);
        QCOMPARE(second.out.count('\n'), 1);
        QVERIFY(first.out != second.out);
    }
};

QTEST_GUILESS_MAIN(TestSearchCommand)
#include "tst_searchcommand.moc"
