#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Scholia {

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
    const QLocale locale;
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        load(QStringLiteral("qtbase"), locale, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        load(QStringLiteral("scholia"), locale, QStringLiteral(":/i18n"));
    }
}

} // namespace Scholia
