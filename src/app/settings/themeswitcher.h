#pragma once

#include <QObject>

class QMenu;
class QPalette;

namespace Scholia {

// Light, dark, or whatever the desktop uses: applied to the whole application (the
// thread view follows the palette), remembered in the settings.
class ThemeSwitcher : public QObject
{
    Q_OBJECT

public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    explicit ThemeSwitcher(QObject *parent = nullptr);

    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);
    // Applies the theme saved in the settings; call once at start-up.
    void applySaved();
    // View ▸ Theme: three exclusive choices.
    void addMenu(QMenu *viewMenu);

    static QPalette darkPalette();
    static QPalette lightPalette();

signals:
    // From the menu or Preferences: the other one follows.
    void themeChanged(Theme theme);

private:
    void apply(Theme theme);

    Theme m_theme = Theme::System;
    QPalette *m_systemPalette = nullptr;
};

} // namespace Scholia
