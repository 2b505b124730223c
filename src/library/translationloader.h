#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Scholia {

// Installs Scholia's translations (compiled in under :/i18n): the language chosen in
// Preferences, else the first of the user's preferred languages that Scholia speaks.
class TranslationLoader
{
public:
    // The settings key of the override: empty (or absent) follows the system.
    static const QString languageKey;

    static void install(QCoreApplication &application);
    // The languages Scholia has translations for ("en", "de", "fr").
    static QStringList availableLanguages();
    // override wins when Scholia speaks it; otherwise the first of uiLanguages (as
    // QLocale::uiLanguages() gives them, most preferred first) that it speaks; else "en".
    static QString chooseLanguage(const QStringList &uiLanguages, const QString &override = {});
};

} // namespace Scholia
