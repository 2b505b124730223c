// Which translation Scholia loads (issue 10, part 3): the language chosen in Preferences,
// else the first of the user's preferred languages that has a translation — also when the
// locale itself is English (LANG=en_US, LANGUAGE=fr used to stay English).

#include "../cli/scholiaprocess.h"
#include "library/translationloader.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Scholia;

class TestTranslationLoader : public QObject
{
    Q_OBJECT

private slots:
    void choosesFirstSpokenLanguage_data()
    {
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("override");
        QTest::addColumn<QString>("expected");
        QTest::newRow("French first") << QStringList{"fr", "en-US"} << QString() << "fr";
        QTest::newRow("English first") << QStringList{"en-US", "fr"} << QString() << "en";
        QTest::newRow("unknown skipped")
            << QStringList{"es-ES", "de-AT", "fr"} << QString() << "de";
        QTest::newRow("underscore tags") << QStringList{"fr_CA"} << QString() << "fr";
        QTest::newRow("none spoken") << QStringList{"es", "C"} << QString() << "en";
        QTest::newRow("override wins") << QStringList{"fr", "en-US"} << "de"
                                       << "de";
        QTest::newRow("override English") << QStringList{"fr"} << "en"
                                          << "en";
        QTest::newRow("unknown override ignored") << QStringList{"fr"} << "xx"
                                                  << "fr";
    }
    void choosesFirstSpokenLanguage()
    {
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, override);
        QFETCH(QString, expected);
        QCOMPARE(TranslationLoader::chooseLanguage(uiLanguages, override), expected);
    }

    // The real executable, as a desktop session starts it.
    void executablePicksTranslation_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("languageList");
        QTest::addColumn<QString>("override");
        QTest::addColumn<QString>("expected");
        QTest::newRow("LANGUAGE=fr over an English locale")
            << "en_US.UTF-8"
            << "fr" << QString() << QStringLiteral("Sous-commandes\u00a0:");
        QTest::newRow("override German over French") << "fr_FR.UTF-8"
                                                     << "fr"
                                                     << "de" << QStringLiteral("Unterbefehle:");
        QTest::newRow("override English over German") << "de_DE.UTF-8"
                                                      << "de"
                                                      << "en" << QStringLiteral("Subcommands:");
    }
    void executablePicksTranslation()
    {
        QFETCH(QString, lang);
        QFETCH(QString, languageList);
        QFETCH(QString, override);
        QFETCH(QString, expected);
        QTemporaryDir config;
        QVERIFY(config.isValid());
        {
            // Where the executable's QSettings live: scholia/scholia.conf under XDG_CONFIG_HOME.
            QSettings settings(config.filePath(QStringLiteral("scholia/scholia.conf")),
                               QSettings::IniFormat);
            if (!override.isEmpty())
                settings.setValue(TranslationLoader::languageKey, override);
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            environment.remove(QLatin1String(name));
        environment.insert(QStringLiteral("LANG"), lang);
        environment.insert(QStringLiteral("LANGUAGE"), languageList);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        const ScholiaRun help = runScholia({QStringLiteral("--help")}, environment);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(expected), qPrintable(help.out + help.err));
    }
};

QTEST_GUILESS_MAIN(TestTranslationLoader)

#include "tst_translationloader.moc"
