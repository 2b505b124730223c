// scholia annotate / annotations / tags, run as a user or a script would run them.

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

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/") + name;
}

} // namespace

class TestAnnotateCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QJsonArray listed()
    {
        const Run run = scholia({"annotations", "1", "--db", m_db, "--json"});
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

private slots:
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        QCOMPARE(scholia({"import", fixture("small-thread.json"), "--db", m_db}).exitCode, 0);
    }

    void annotatesAPassageAndListsIt()
    {
        const Run run = scholia({"annotate", "1", "--comment", "c1", "--quote", "chips", "--tag",
                                 "food/british", "--tag", "opinion", "--note", "two\nlines\there",
                                 "--color", "sky", "--db", m_db});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QString("annotation 1 on comment \"c1\" at 7\u201312 (sky)\n"));
        QCOMPARE(run.err, QString());

        const Run list = scholia({"annotations", "1", "--db", m_db});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(
            list.out,
            QString(
                "1\tc1\t7\t12\tchips\tsky\tfood/british,opinion\ttwo\\nlines\\there\tanchored\n"));

        const QJsonArray json = listed();
        QCOMPARE(json.size(), 1);
        const QJsonObject a = json.at(0).toObject();
        QCOMPARE(a.value("id").toInteger(), 1);
        QCOMPARE(a.value("comment").toString(), QString("c1"));
        QCOMPARE(a.value("start").toInteger(), 7);
        QCOMPARE(a.value("end").toInteger(), 12);
        QCOMPARE(a.value("exact").toString(), QString("chips"));
        QCOMPARE(a.value("prefix").toString(), QString("Fish & "));
        QCOMPARE(a.value("color").toString(), QString("sky"));
        QCOMPARE(a.value("tags").toArray(), QJsonArray({"food/british", "opinion"}));
        QCOMPARE(a.value("note").toString(), QString("two\nlines\there"));
        QCOMPARE(a.value("state").toString(), QString("anchored"));
    }

    void annotatesAWholeCommentAndAnEmoji()
    {
        QCOMPARE(
            scholia({"annotate", "1", "--comment", "c7", "--tag", "places", "--db", m_db}).exitCode,
            0);
        const Run emoji =
            scholia({"annotate", "1", "--comment", "c7", "--quote", "\U0001F680", "--db", m_db});
        QCOMPARE(emoji.exitCode, 0);
        const QJsonArray json = listed();
        QCOMPARE(json.size(), 2);
        QVERIFY(json.at(0).toObject().value("start").isNull()); // the whole comment comes first
        QCOMPARE(json.at(0).toObject().value("color").toString(), QString("yellow"));
        // UTF-16 offsets, as the page's JavaScript counts them: "Zürich " is 7, the rocket 2.
        QCOMPARE(json.at(1).toObject().value("start").toInteger(), 7);
        QCOMPARE(json.at(1).toObject().value("end").toInteger(), 9);
        const Run list = scholia({"annotations", "1", "--db", m_db});
        QVERIFY(list.out.startsWith("1\tc7\t\t\t\tyellow\tplaces\t\tanchored\n"));
    }

    void aQuoteThatOccursTwiceTakesTheFirstAndSaysSo()
    {
        // c3: "Third level, with a bad link and a good one."
        const Run first =
            scholia({"annotate", "1", "--comment", "c3", "--quote", "a ", "--db", m_db});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.err.contains("contains \"a \" 2 times; annotating the first"),
                 qPrintable(first.err));
        const Run second = scholia({"annotate", "1", "--comment", "c3", "--quote", "a ",
                                    "--occurrence", "2", "--db", m_db});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.err, QString());
        const QJsonArray json = listed();
        QCOMPARE(json.at(0).toObject().value("start").toInteger(), 18);
        QCOMPARE(json.at(1).toObject().value("start").toInteger(), 33);
        const Run third = scholia({"annotate", "1", "--comment", "c3", "--quote", "a ",
                                   "--occurrence", "9", "--db", m_db});
        QCOMPARE(third.exitCode, 1);
        QVERIFY2(third.err.contains("has no occurrence 9 of \"a \" (it has 2)"),
                 qPrintable(third.err));
    }

    void failuresSayWhyAndExitOne_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("quote not in the comment")
            << QStringList{"annotate", "1", "--comment", "c1", "--quote", "dogs"}
            << "comment \"c1\" does not contain \"dogs\"";
        QTest::newRow("no such comment")
            << QStringList{"annotate", "1", "--comment", "zz"} << "has no comment \"zz\"";
        QTest::newRow("no such thread")
            << QStringList{"annotate", "9", "--comment", "c1"} << "no thread 9";
        QTest::newRow("placeholder")
            << QStringList{"annotate", "1", "--comment", "more:c1"} << "not saved";
        QTest::newRow("bad tag") << QStringList{"annotate", "1", "--comment", "c1", "--tag", "a//b"}
                                 << "empty part";
        QTest::newRow("annotations of no thread")
            << QStringList{"annotations", "9"} << "no thread 9";
    }

    void failuresSayWhyAndExitOne()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = scholia(arguments + QStringList{"--db", m_db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(listed().size(), 0);
    }

    void badUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no comment") << QStringList{"annotate", "1"};
        QTest::newRow("no thread") << QStringList{"annotate", "--comment", "c1"};
        QTest::newRow("thread not a number") << QStringList{"annotate", "one", "--comment", "c1"};
        QTest::newRow("colour not in the palette")
            << QStringList{"annotate", "1", "--comment", "c1", "--color", "red"};
        QTest::newRow("empty quote")
            << QStringList{"annotate", "1", "--comment", "c1", "--quote", ""};
        QTest::newRow("occurrence without quote")
            << QStringList{"annotate", "1", "--comment", "c1", "--occurrence", "2"};
        QTest::newRow("occurrence zero")
            << QStringList{"annotate", "1", "--comment", "c1", "--quote", "a", "--occurrence", "0"};
        QTest::newRow("unknown option")
            << QStringList{"annotate", "1", "--comment", "c1", "--frobnicate"};
        QTest::newRow("annotations without id") << QStringList{"annotations"};
        QTest::newRow("tags with an argument") << QStringList{"tags", "extra"};
    }

    void badUsageExitsTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = scholia(arguments + QStringList{"--db", m_db});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(listed().size(), 0);
    }

    void tagsListsCounts()
    {
        QCOMPARE(scholia({"tags", "--db", m_db}).out, QString());
        for (const char *comment : {"c1", "c2", "c5"})
            QCOMPARE(
                scholia({"annotate", "1", "--comment", comment, "--tag", "pets/cats", "--db", m_db})
                    .exitCode,
                0);
        QCOMPARE(scholia({"annotate", "1", "--comment", "c1", "--tag", "Pets", "--tag", "food",
                          "--db", m_db})
                     .exitCode,
                 0);
        const Run run = scholia({"tags", "--db", m_db});
        QCOMPARE(run.exitCode, 0);
        QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
        for (QString &line : lines)
            line = line.section('\t', 0, 2); // the colour is the palette's next; not the point here
        QCOMPARE(lines, QStringList({"food\t1\t0", "Pets\t1\t0", "pets/cats\t3\t0"}));
    }

    void reportedAnnotationSurvivesAKill()
    {
        QProcess annotate;
        annotate.start(QStringLiteral(SCHOLIA_BINARY),
                       {"annotate", "1", "--comment", "c2", "--quote", "cats", "--note", "kept",
                        "--db", m_db});
        QVERIFY(annotate.waitForStarted());
        while (!annotate.canReadLine())
            QVERIFY(annotate.waitForReadyRead(30000));
        annotate.kill();
        annotate.waitForFinished(30000);
        QVERIFY(annotate.readLine().startsWith("annotation 1 "));
        const QJsonArray json = listed();
        QCOMPARE(json.size(), 1);
        QCOMPARE(json.at(0).toObject().value("note").toString(), QString("kept"));
    }

    void helpMentionsTheSubcommands()
    {
        const Run help = scholia({"--help"});
        for (const char *name : {"annotate", "annotations", "tags"})
            QVERIFY2(help.out.contains(QString("  %1 ").arg(name)), name);
        const Run annotateHelp = scholia({"annotate", "--help"});
        QCOMPARE(annotateHelp.exitCode, 0);
        for (const char *option :
             {"--comment", "--quote", "--occurrence", "--tag", "--note", "--color", "--db"})
            QVERIFY2(annotateHelp.out.contains(option), option);
        QVERIFY(annotateHelp.out.contains("vermillion"));
    }
};

QTEST_GUILESS_MAIN(TestAnnotateCommand)
#include "tst_annotatecommand.moc"
