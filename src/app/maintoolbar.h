#pragma once

#include <QToolBar>

#include <vector>

class QAction;

namespace Scholia {

class ThemeSwitcher;

// The main window's toolbar: the File, Edit and View actions a reader reaches for most,
// with icons from the desktop's theme (ThemeIcons) that follow the light/dark switch,
// and a toggle between the light and dark themes.
class MainToolBar : public QToolBar
{
    Q_OBJECT

public:
    MainToolBar(ThemeSwitcher &theme, QWidget *parent = nullptr);

    // Adds an existing action under the freedesktop icon name; labelled (text beside
    // the icon) or icon only.
    void addTool(QAction *action, const QString &iconName, bool labelled = true);
    // Light/dark, following View ▸ Theme.
    QAction *themeToggle() const { return m_themeToggle; }

private:
    void themeChanged();

    ThemeSwitcher &m_theme;
    QAction *m_themeToggle;
    std::vector<std::pair<QAction *, QString>> m_icons;
};

} // namespace Scholia
