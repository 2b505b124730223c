#pragma once

class QCoreApplication;

namespace Scholia {

// Installs Scholia's translations (compiled in under :/i18n) for the system locale.
class TranslationLoader
{
public:
    static void install(QCoreApplication &application);
};

} // namespace Scholia
