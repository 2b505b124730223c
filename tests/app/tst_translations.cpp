// The German and French translations (translations/scholia_*.ts) are complete and sound:
// nothing unfinished or empty, every placeholder kept, one accelerator at most (and one
// where the English has one), the trailing "…" and a menu entry's "\tKey" kept, plural
// messages with every form the language needs; the compiled .qm loads and translates,
// and the scholia executable follows LANG/LANGUAGE.

#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include "../cli/scholiaprocess.h"

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;          // "unfinished", "vanished", "obsolete" or empty
    QStringList forms;     // one translation, or the plural forms
    qint64 line = 0;       // of <message> in the .ts
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1").arg(path);
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            message.line = xml.lineNumber();
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.forms << xml.readElementText();
            }
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[1-9]|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

// "&File" has one, "Fish && Chips" none; "&amp;" or "&#38;" in rich text are not accelerators.
int accelerators(QString text)
{
    static const QRegularExpression entity(QStringLiteral("&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);"));
    text.remove(entity);
    text.remove(QStringLiteral("&&"));
    return int(text.count(QLatin1Char('&')));
}

QString menuShortcut(const QString &text)
{
    const qsizetype tab = text.indexOf(QLatin1Char('\t'));
    return tab < 0 ? QString() : text.mid(tab);
}

// How many plural forms Qt's numerus rules give each language we ship.
int pluralForms(const QString &language)
{
    if (language.startsWith(QLatin1String("de")) || language.startsWith(QLatin1String("fr")))
        return 2;
    return -1;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(SCHOLIA_TRANSLATIONS_DIR "/scholia_%1.ts").arg(language);
}

QString qmPath(const QString &language)
{
    return QStringLiteral(SCHOLIA_QM_DIR "/scholia_%1.qm").arg(language);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data() { languages(); }
    void complete()
    {
        QFETCH(QString, language);
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY2(ts.language.startsWith(language), qPrintable(ts.language));
        QVERIFY2(ts.messages.size() > 500, qPrintable(QString::number(ts.messages.size())));
        const int forms = pluralForms(ts.language);
        QVERIFY(forms > 0);

        QStringList problems;
        int checked = 0;
        for (const Message &m : ts.messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue; // no longer in the sources: lupdate keeps them for reuse
            ++checked;
            const QString where = QStringLiteral("%1:%2 [%3] \"%4\": ")
                                      .arg(QFileInfo(tsPath(language)).fileName()).arg(m.line)
                                      .arg(m.context, m.source.left(60));
            if (m.type == QLatin1String("unfinished"))
                problems << where + QStringLiteral("unfinished");
            if (m.numerus && m.forms.size() != forms)
                problems << where + QStringLiteral("%1 plural forms, %2 needs %3")
                                        .arg(m.forms.size()).arg(ts.language).arg(forms);
            if (!m.numerus && m.forms.size() != 1)
                problems << where + QStringLiteral("no translation");
            const QSet<QString> wanted = placeholders(m.source);
            const int sourceAccelerators = accelerators(m.source);
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty()) {
                    problems << where + QStringLiteral("empty translation");
                    continue;
                }
                for (const QString &placeholder : wanted)
                    if (!form.contains(placeholder))
                        problems << where + QStringLiteral("%1 missing in \"%2\"").arg(placeholder, form);
                for (const QString &placeholder : placeholders(form))
                    if (!wanted.contains(placeholder))
                        problems << where + QStringLiteral("%1 is not in the source: \"%2\"").arg(placeholder, form);
                const int formAccelerators = accelerators(form);
                if (formAccelerators > 1)
                    problems << where + QStringLiteral("%1 accelerators in \"%2\"").arg(formAccelerators).arg(form);
                if ((sourceAccelerators > 0) != (formAccelerators > 0))
                    problems << where + QStringLiteral("accelerator added or lost: \"%1\"").arg(form);
                if (m.source.endsWith(QChar(0x2026)) && !form.endsWith(QChar(0x2026)))
                    problems << where + QStringLiteral("trailing \"…\" lost: \"%1\"").arg(form);
                if (menuShortcut(m.source) != menuShortcut(form))
                    problems << where + QStringLiteral("menu shortcut changed: \"%1\"").arg(form);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(checked > 500);
    }

    // Every language file holds the same messages: none was left out of `make translations`.
    void sameMessagesEverywhere()
    {
        const auto keys = [](const TsFile &ts) {
            QSet<QString> set;
            for (const Message &m : ts.messages)
                if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"))
                    set.insert(m.context + QChar(0) + m.source + QChar(0) + m.comment);
            return set;
        };
        const TsFile english = readTs(tsPath(QStringLiteral("en")));
        QVERIFY2(english.error.isEmpty(), qPrintable(english.error));
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
            const TsFile ts = readTs(tsPath(language));
            QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
            QStringList different;
            for (const QString &key : keys(english) - keys(ts))
                different << QStringLiteral("missing from %1: %2").arg(language, QString(key).replace(QChar(0), QLatin1Char('|')));
            for (const QString &key : keys(ts) - keys(english))
                different << QStringLiteral("only in %1: %2").arg(language, QString(key).replace(QChar(0), QLatin1Char('|')));
            QVERIFY2(different.isEmpty(), qPrintable(different.join(QLatin1Char('\n'))));
        }
    }

    void compiledTranslationLoads_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("comments");
        QTest::addColumn<QString>("comment");
        QTest::newRow("de") << "de" << "&Datei" << "%1 Kommentare" << "%1 Kommentar";
        QTest::newRow("fr") << "fr" << "&Fichier" << "%1 commentaires" << "%1 commentaire";
    }
    void compiledTranslationLoads()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QFETCH(QString, comments);
        QFETCH(QString, comment);
        QVERIFY2(QFileInfo::exists(qmPath(language)), qPrintable(qmPath(language)));
        QTranslator translator;
        QVERIFY2(translator.load(qmPath(language)), qPrintable(qmPath(language)));
        QVERIFY(translator.language().startsWith(language));
        QCOMPARE(translator.translate("Scholia::MainWindow", "&File"), file);
        // Plural forms by the language's rule (French: 0 and 1 are singular).
        QCOMPARE(translator.translate("ThreadHtmlRenderer", "%n comment(s)", nullptr, 2), comments.arg(QLatin1String("%n")));
        QCOMPARE(translator.translate("ThreadHtmlRenderer", "%n comment(s)", nullptr, 1), comment.arg(QLatin1String("%n")));
        QCOMPARE(translator.translate("ThreadHtmlRenderer", "%n comment(s)", nullptr, 0),
                 (language == QLatin1String("fr") ? comment : comments).arg(QLatin1String("%n")));
    }

    // The executable picks its language from the environment, as a desktop session sets it.
    void executableFollowsLocale_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("languageList");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de") << "de_DE.UTF-8" << "de" << "Unterbefehle:";
        QTest::newRow("fr") << "fr_FR.UTF-8" << "fr" << QStringLiteral("Sous-commandes\u00a0:");
        QTest::newRow("fr from LANGUAGE") << "de_DE.UTF-8" << "fr:de" << QStringLiteral("Sous-commandes\u00a0:");
        QTest::newRow("en") << "en_US.UTF-8" << "" << "Subcommands:";
    }
    void executableFollowsLocale()
    {
        QFETCH(QString, lang);
        QFETCH(QString, languageList);
        QFETCH(QString, expected);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            environment.remove(QLatin1String(name));
        environment.insert(QStringLiteral("LANG"), lang);
        if (!languageList.isEmpty())
            environment.insert(QStringLiteral("LANGUAGE"), languageList);
        const ScholiaRun help = runScholia({QStringLiteral("--help")}, environment);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(expected), qPrintable(help.out + help.err));
    }

private:
    static void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
