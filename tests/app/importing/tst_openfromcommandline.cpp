// `scholia FILE` ("Open with Scholia" from a file manager): the window opens, imports the
// file and shows its thread. Runs the real executable, offscreen.

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "../../cli/scholiaprocess.h"

class TestOpenFromCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void fileOnTheCommandLineIsImportedAndShown()
    {
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        const QString database = home.filePath(QStringLiteral("library.sqlite"));
        const QString file = QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/small-thread.json");

        QProcess window;
        window.setProcessEnvironment(environment);
        window.start(QStringLiteral(SCHOLIA_BINARY), {QStringLiteral("--db"), database, file});
        QVERIFY(window.waitForStarted());

        // An empty library first gets the sample thread (1); the file is the second thread,
        // and the window shows it: it records the open thread in its settings. (The library
        // is read only once the window is gone: this is about the window, not about
        // readers beside it.)
        QSettings settings(home.filePath(QStringLiteral("config/scholia/scholia.conf")),
                           QSettings::IniFormat);
        QTRY_VERIFY_WITH_TIMEOUT(
            (settings.sync(), settings.value(QStringLiteral("mainWindow/lastThread")).toInt() == 2),
            90000);
        QCOMPARE(window.state(), QProcess::Running); // still open, no error dialog ended it
        window.kill();
        window.waitForFinished();
        const ScholiaRun listed =
            runScholia({QStringLiteral("list"), QStringLiteral("--db"), database}, environment);
        QVERIFY2(listed.out.contains(QStringLiteral("2\treddit.com/r/testsub\t7\t")),
                 qPrintable(listed.out));
    }
};

QTEST_GUILESS_MAIN(TestOpenFromCommandLine)
#include "tst_openfromcommandline.moc"
