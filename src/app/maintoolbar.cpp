#include "maintoolbar.h"

#include "app/settings/themeicons.h"
#include "app/settings/themeswitcher.h"

#include <QAction>
#include <QApplication>
#include <QSignalBlocker>
#include <QToolButton>

namespace Scholia {

MainToolBar::MainToolBar(ThemeSwitcher &theme, QWidget *parent)
    : QToolBar(tr("Main Toolbar"), parent), m_theme(theme), m_themeToggle(new QAction(tr("&Dark Theme"), this))
{
    setObjectName(QStringLiteral("mainToolBar"));
    setAccessibleName(tr("Main toolbar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(22, 22));

    m_themeToggle->setCheckable(true);
    m_themeToggle->setToolTip(tr("Switch between the light and the dark theme"));
    m_themeToggle->setChecked(ThemeIcons::paletteIsDark());
    connect(m_themeToggle, &QAction::triggered, this, [this](bool dark) {
        m_theme.setTheme(dark ? ThemeSwitcher::Theme::Dark : ThemeSwitcher::Theme::Light);
    });
    connect(&m_theme, &ThemeSwitcher::themeChanged, this, &MainToolBar::themeChanged);
    ThemeIcons::install(ThemeIcons::paletteIsDark());
}

void MainToolBar::addTool(QAction *action, const QString &iconName, bool labelled)
{
    action->setIcon(ThemeIcons::icon(iconName));
    m_icons.emplace_back(action, iconName);
    addAction(action);
    if (!labelled) {
        if (auto *button = qobject_cast<QToolButton *>(widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

void MainToolBar::themeChanged()
{
    const bool dark = ThemeIcons::paletteIsDark();
    {
        const QSignalBlocker blocker(m_themeToggle);
        m_themeToggle->setChecked(dark);
    }
    ThemeIcons::install(dark);
    for (const auto &[action, name] : m_icons)
        action->setIcon(ThemeIcons::icon(name));
}

} // namespace Scholia
