#include "themeicons.h"

#include <QApplication>
#include <QPalette>

namespace Scholia {

namespace {

const QString bundledPath = QStringLiteral(":/icons");

bool isBreeze(const QString &theme)
{
    return theme == QLatin1String("breeze") || theme == QLatin1String("breeze-dark");
}

} // namespace

void ThemeIcons::install(bool dark)
{
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(bundledPath)) {
        paths << bundledPath;
        QIcon::setThemeSearchPaths(paths);
    }
    const QString bundled = dark ? QStringLiteral("breeze-dark") : QStringLiteral("breeze");
    QIcon::setFallbackThemeName(bundled);
    // No desktop theme at all (a bare X session, the tests), or Breeze: the variant
    // for the palette is the theme (the desktop's copy when it has one, else ours).
    const QString current = QIcon::themeName();
    if (current.isEmpty() || current == QLatin1String("hicolor") || isBreeze(current))
        QIcon::setThemeName(bundled);
}

bool ThemeIcons::paletteIsDark()
{
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QIcon ThemeIcons::icon(const QString &name)
{
    return QIcon::fromTheme(name);
}

QString ThemeIcons::fallbackTheme()
{
    return QIcon::fallbackThemeName();
}

} // namespace Scholia
