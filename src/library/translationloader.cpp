#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Scholia {

// Not "general/…": QSettings reads an INI section [general] as its root section [General].
const QString TranslationLoader::languageKey = QStringLiteral("interface/language");

QStringList TranslationLoader::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString TranslationLoader::chooseLanguage(const QStringList &uiLanguages, const QString &override)
{
    const QStringList available = availableLanguages();
    if (available.contains(override))
        return override;
    // Checking only the locale's own language missed LANG=en_US with LANGUAGE=fr: the
    // preference list is what the user ordered, so the first one we can honour wins.
    for (const QString &tag : uiLanguages) {
        const QString language =
            tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (available.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

void TranslationLoader::install(QCoreApplication &application)
{
    // Installed last is asked first: English (plural forms only) is the fallback under
    // the user's language.
    const auto load = [&](const QString &name, const QLocale &locale, const QString &folder) {
        auto *translator = new QTranslator(&application);
        if (translator->load(locale, name, QStringLiteral("_"), folder))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    load(QStringLiteral("scholia"), QLocale(QLocale::English), QStringLiteral(":/i18n"));
    const QString language =
        chooseLanguage(QLocale().uiLanguages(), QSettings().value(languageKey).toString());
    if (language == QLatin1String("en"))
        return;
    const QLocale locale(language);
    load(QStringLiteral("qtbase"), locale, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(QStringLiteral("scholia"), locale, QStringLiteral(":/i18n"));
}

} // namespace Scholia
