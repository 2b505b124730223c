#pragma once

#include <QIcon>
#include <QString>

namespace Scholia {

// Icons by freedesktop name from the desktop's icon theme, with the Breeze icons bundled
// under :/icons (resources/icons) as the fallback: Breeze for a light palette, Breeze
// Dark for a dark one, so monochrome icons stay visible whichever theme is on.
class ThemeIcons
{
public:
    // Makes the bundled themes findable and picks the one for the palette; call at
    // start-up and whenever the palette changes between light and dark.
    static void install(bool dark);
    static bool paletteIsDark();
    static QIcon icon(const QString &name);
    // The bundled theme in use: "breeze" or "breeze-dark".
    static QString fallbackTheme();
};

} // namespace Scholia
