// The scholia executable's subcommands, run as a user would run them.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "scholiaprocess.h"

namespace {

using Run = ScholiaRun;

Run scholia(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    return runScholia(arguments, environment);
}

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/") + name;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void init() { m_db = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())); }

    void importListShow()
    {
        const Run imported = scholia({"import", fixture("small-thread.json"), "--db", m_db});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("small-thread.json: [1] \"Cats & dogs: which is \u201cbetter\u201d?\": 7 comments imported")),
                 qPrintable(imported.out));

        const Run listed = scholia({"list", "--db", m_db});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out, QStringLiteral("1\treddit.com/r/testsub\t7\tCats & dogs: which is \u201cbetter\u201d?\n"));

        const Run shown = scholia({"show", "1", "--db", m_db, "--tree"});
        QCOMPARE(shown.exitCode, 0);
        const QStringList lines = shown.out.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("Cats & dogs: which is \u201cbetter\u201d?"));
        const qsizetype first = lines.indexOf(QStringLiteral("bob (42): Fish & chips <3"));
        QVERIFY2(first > 0, qPrintable(shown.out));
        QCOMPARE(lines.value(first + 1), QStringLiteral("  alice (10): Agreed, cats."));
        QVERIFY(lines.value(first + 2).startsWith(QStringLiteral("    carol (10): Third level")));
        QCOMPARE(lines.value(first + 3), QStringLiteral("  [5 more replies not saved]"));
        QCOMPARE(lines.value(first + 4), QStringLiteral("[deleted] (10) [deleted]: [deleted]"));
        QVERIFY(lines.value(first + 5).startsWith(QStringLiteral("  dave (10): Replying")));

        const Run flat = scholia({"show", "1", "--db", m_db});
        QVERIFY(flat.out.contains(QStringLiteral("\nalice (10): Agreed, cats.\n")));
    }

    void failedFileIsReportedAndOthersStillImport()
    {
        const Run run = scholia({"import", fixture("not-json.json"), fixture("small-thread.json"),
                                 fixture("missing-parent.json"), "--db", m_db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(fixture("not-json.json") + QStringLiteral(": reddit-json: not valid JSON")) ||
                     run.err.contains(fixture("not-json.json") + QStringLiteral(": unknown format")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(fixture("missing-parent.json")
                                  + QStringLiteral(": reddit-json: comment \"c5\" replies to \"nope\", which is not in the file")),
                 qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("7 comments imported")));
        QCOMPARE(scholia({"list", "--db", m_db}).out.count(QLatin1Char('\n')), 1);
    }

    void forcedFormatReportsWhereTheFileBroke()
    {
        const Run run = scholia({"import", "--format", "reddit-json", fixture("truncated.json"), "--db", m_db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QRegularExpression(QStringLiteral(": reddit-json: not valid JSON: .* \\(at byte \\d+\\)"))),
                 qPrintable(run.err));
        QCOMPARE(scholia({"list", "--db", m_db}).out, QString());
    }

    void foldersImportTheirFilesAndRecursiveGoesDeeper()
    {
        QTemporaryDir folder;
        QVERIFY(QDir(folder.path()).mkpath(QStringLiteral("deeper")));
        QVERIFY(QFile::copy(fixture("small-thread.json"), folder.filePath(QStringLiteral("a.json"))));
        QVERIFY(QFile::copy(fixture("not-json.json"), folder.filePath(QStringLiteral("b.json"))));
        QVERIFY(QFile::copy(fixture("annotated-thread.json"), folder.filePath(QStringLiteral("deeper/c.json"))));

        const Run flat = scholia({"import", folder.path(), "--db", m_db});
        QCOMPARE(flat.exitCode, 1); // b.json is not a thread
        QVERIFY(flat.out.contains(folder.filePath(QStringLiteral("a.json"))));
        QVERIFY(flat.err.contains(folder.filePath(QStringLiteral("b.json"))));
        QVERIFY(!flat.out.contains(QStringLiteral("c.json")));
        QCOMPARE(scholia({"list", "--db", m_db}).out.count(QLatin1Char('\n')), 1);

        const Run deep = scholia({"import", folder.path(), "--recursive", "--db", m_db});
        QVERIFY2(deep.out.contains(folder.filePath(QStringLiteral("deeper/c.json"))), qPrintable(deep.out + deep.err));
        QCOMPARE(scholia({"list", "--db", m_db}).out.count(QLatin1Char('\n')), 2);

        QTemporaryDir empty;
        const Run none = scholia({"import", empty.path(), "--db", m_db});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(QStringLiteral("no files to import")));
    }

    void databaseFromEnvironment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SCHOLIA_DB"), m_db);
        QCOMPARE(scholia({"import", fixture("small-thread.json")}, environment).exitCode, 0);
        QCOMPARE(scholia({"list", "--db", m_db}).out.count(QLatin1Char('\n')), 1);
    }

    void badUsageExitsNonZero()
    {
        QCOMPARE(scholia({"frobnicate"}).exitCode, 2);
        QCOMPARE(scholia({"show", "--db", m_db}).exitCode, 2);
        QCOMPARE(scholia({"import", "--db", m_db}).exitCode, 2);
        const Run missing = scholia({"show", "7", "--db", m_db});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no thread 7")));
    }

    void helpAndVersion()
    {
        const Run help = scholia({"--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("import")));
        QVERIFY(help.out.contains(QStringLiteral("show")));
        const Run importHelp = scholia({"import", "--help"});
        QCOMPARE(importHelp.exitCode, 0);
        QVERIFY(importHelp.out.contains(QStringLiteral("--db")));
        QVERIFY(scholia({"--version"}).out.startsWith(QStringLiteral("scholia ")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
