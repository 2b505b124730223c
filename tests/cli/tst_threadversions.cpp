// A thread saved again, seen from the command line: `scholia versions` prints every text a
// comment had, `scholia show --tree` marks what the newer save added, changed, dropped or
// shows removed, and `scholia list --unread` counts what is new and unread.

#include "scholiaprocess.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/") + name;
}

// Saves are stamped with the time of the import.
QString withoutTimes(QString text)
{
    static const QRegularExpression time(QStringLiteral("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC"));
    return text.replace(time, QStringLiteral("TIME"));
}

} // namespace

class TestThreadVersions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;

    ScholiaRun scholia(const QStringList &arguments) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        return runScholia(QStringList{QStringLiteral("--db"), m_library} + arguments, env);
    }

private slots:
    // resave-v2 edits r1, removes r4 (a moderator's "[removed]"), drops r5, adds r6 and r7.
    void initTestCase()
    {
        m_library = m_dir.filePath(QStringLiteral("library.sqlite"));
        for (const QString &save :
             {QStringLiteral("resave-v1.json"), QStringLiteral("resave-v2.json")}) {
            const ScholiaRun imported = scholia({QStringLiteral("import"), fixture(save)});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        }
    }

    void versionsPrintsEveryTextOldestFirst()
    {
        const ScholiaRun run =
            scholia({QStringLiteral("versions"), QStringLiteral("1"), QStringLiteral("r1")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(withoutTimes(run.out),
                 QStringLiteral("== Version 1 of 2 · saved TIME\n"
                                "The bridge opened in 1931.\n"
                                "\n"
                                "== Version 2 of 2 · saved TIME · edited TIME\n"
                                "The bridge opened in 1932, not 1931.\n"));
        QVERIFY(run.out.contains(QStringLiteral("edited 2023-11-15 23:13 UTC")));
    }

    void aRemovedCommentShowsItsKeptTextWithTheNewState()
    {
        const ScholiaRun run =
            scholia({QStringLiteral("versions"), QStringLiteral("1"), QStringLiteral("r4")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(withoutTimes(run.out),
                 QStringLiteral("== Version 1 of 1 · saved TIME · removed\n"
                                "I walked across it yesterday, it sways.\n"));
    }

    void versionsRefusesWhatIsNotThere_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown comment")
            << QStringList{"1", "nonesuch"} << 1 << "thread 1 has no comment \"nonesuch\"";
        QTest::addRow("unknown thread")
            << QStringList{"99", "r1"} << 1 << "there is no thread 99 in the library";
        QTest::addRow("no comment given")
            << QStringList{"1"} << 2 << "expected a thread id and a comment id";
        QTest::addRow("thread not a number")
            << QStringList{"one", "r1"} << 2 << "expected a thread id and a comment id";
    }
    void versionsRefusesWhatIsNotThere()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const ScholiaRun run = scholia(QStringList{QStringLiteral("versions")} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void showTreeMarksWhatTheNewerSaveChanged()
    {
        const ScholiaRun run =
            scholia({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--tree")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = withoutTimes(run.out).split(QLatin1Char('\n'));
        const QStringList comments = lines.mid(lines.indexOf(QString()) + 1);
        QCOMPARE(
            comments,
            QStringList({
                "ada (5) [new] [edited, 1 earlier version]: The bridge opened in 1932, not 1931.",
                "  brook (5): Source please.",
                "    ada (5): The city archive has the opening programme.",
                "  fern (5) [new]: Thanks for the correction.",
                "cyril (5) [removed on the site, text from an earlier save]: I walked across "
                "it yesterday, it sways.",
                "eli (5) [not in the save of TIME]: Off topic: the ferries were better.",
                "gus (5) [new]: Repainted last spring, too.",
                "",
            }));
    }

    void listCountsNewAndUnread()
    {
        const ScholiaRun run = scholia({QStringLiteral("list"), QStringLiteral("--unread")});
        QCOMPARE(run.exitCode, 0);
        // Seven comments: the one the newer save dropped is kept.
        QCOMPARE(run.out, QStringLiteral("1\treddit.com/r/testsub\t7\tThe old bridge\t3\t7\n"));
    }
};

QTEST_GUILESS_MAIN(TestThreadVersions)
#include "tst_threadversions.moc"
