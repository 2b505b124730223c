// `scholia --help` and every `scholia SUBCOMMAND --help`: complete, and naming the
// subcommand (the man page is made from them); `scholia FILE` opens the window.

#include "cli/commandline.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "scholiaprocess.h"

namespace {

QStringList subcommandsFromHelp(const QString &help)
{
    const qsizetype start = help.indexOf(QStringLiteral("Subcommands:\n"));
    const qsizetype end = help.indexOf(QStringLiteral("\n\n"), start);
    QStringList names;
    static const QRegularExpression line(QStringLiteral("^  ([a-z]+)  "),
                                         QRegularExpression::MultilineOption);
    for (const auto &match : line.globalMatch(help.mid(start, end - start)))
        names << match.captured(1);
    return names;
}

} // namespace

class TestCommandLineHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // English help, whatever the machine's locale.
        qputenv("LC_ALL", "C.UTF-8");
        qputenv("LANGUAGE", "");
        qputenv("QT_QPA_PLATFORM", "offscreen"); // `export --help` makes a QGuiApplication
    }

    void topLevelHelpListsOptionsAndSubcommands()
    {
        const ScholiaRun help = runScholia({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *expected :
             {"--db PATH", "--help", "--version", "[FILE...]", "--help\" for a subcommand"})
            QVERIFY2(help.out.contains(QLatin1String(expected)), expected);
        QCOMPARE(subcommandsFromHelp(help.out),
                 (QStringList{"import", "save", "list", "show", "versions", "render", "export", "annotate",
                              "annotations", "link", "links", "map", "tags", "search", "topic"}));
    }

    void subcommandHelp_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : subcommandsFromHelp(runScholia({QStringLiteral("--help")}).out))
            QTest::newRow(qPrintable(name)) << name;
    }

    void subcommandHelp()
    {
        QFETCH(QString, name);
        const ScholiaRun help = runScholia({name, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        // Qt would name the executable as started (a full path) and leave out the subcommand.
        QVERIFY2(help.out.startsWith(QStringLiteral("Usage: scholia %1 [options]").arg(name)),
                 qPrintable(help.out));
        QVERIFY2(help.out.contains(QStringLiteral("--db <PATH>")), qPrintable(help.out));
        QVERIFY2(help.out.contains(QStringLiteral("-h, --help")), qPrintable(help.out));
        const QString description = help.out.section(QLatin1Char('\n'), 1, 1);
        QVERIFY2(description.size() > 20, qPrintable(help.out)); // says what the command does
    }

    void existingFileOpensTheWindow()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("saved.json"));
        QFile(file).open(QIODevice::WriteOnly);
        const QString program = QStringLiteral("scholia");
        QVERIFY(!Scholia::CommandLine::wantsHeadless({program, file}));
        QVERIFY(
            !Scholia::CommandLine::wantsHeadless({program, QStringLiteral("--db"), file, file}));
        QVERIFY(!Scholia::CommandLine::wantsHeadless({program}));
        QVERIFY(Scholia::CommandLine::wantsHeadless({program, QStringLiteral("import"), file}));
        QVERIFY(Scholia::CommandLine::wantsHeadless({program, QStringLiteral("--version")}));
        // Neither a subcommand nor a file: reported as an unknown subcommand, no window.
        QVERIFY(Scholia::CommandLine::wantsHeadless(
            {program, dir.filePath(QStringLiteral("missing.json"))}));
    }

    // The usage line puts --db first; a subcommand after it must not open the window.
    void libraryOptionBeforeTheSubcommand()
    {
        const QString program = QStringLiteral("scholia");
        QVERIFY(Scholia::CommandLine::wantsHeadless(
            {program, QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("list")}));
        QVERIFY(Scholia::CommandLine::wantsHeadless(
            {program, QStringLiteral("--db=x.sqlite"), QStringLiteral("search"), QStringLiteral("a")}));
        QVERIFY(!Scholia::CommandLine::wantsHeadless({program, QStringLiteral("--db")}));
        for (const QStringList &arguments :
             {QStringList{program, "--db", "x.sqlite", "export", "1"},
              QStringList{program, "--db=x.sqlite", "export", "1"},
              QStringList{program, "export", "1", "--db", "x.sqlite"}})
            QCOMPARE(Scholia::CommandLine::subcommandName(arguments), QStringLiteral("export"));

        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library.sqlite"));
        const QString thread = QStringLiteral(SCHOLIA_TEST_FIXTURES "/hackernews/algolia-item.json");
        const ScholiaRun imported = runScholia({QStringLiteral("--db"), library,
                                                QStringLiteral("import"), thread});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(QFileInfo::exists(library));
        const ScholiaRun listed = runScholia({QStringLiteral("--db=") + library, QStringLiteral("list")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QCOMPARE(listed.out.trimmed().split(QLatin1Char('\n')).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCommandLineHelp)
#include "tst_commandlinehelp.moc"
