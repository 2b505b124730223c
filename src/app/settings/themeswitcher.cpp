#include "themeswitcher.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QMetaEnum>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace Scholia {

namespace {
const QString themeKey = QStringLiteral("appearance/theme");
} // namespace

ThemeSwitcher::ThemeSwitcher(QObject *parent) : QObject(parent) {}

QPalette ThemeSwitcher::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    // Chosen for WCAG AA (tests/a11y/check-contrast.py): 4.5:1 for text on its background.
    const QColor disabled(0x80, 0x84, 0x8a), highlight(0x2f, 0x6b, 0xc4);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8e, 0x92, 0x98)); // text, not disabled: 4.5:1
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x78, 0xae, 0xed));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(130));
    p.setColor(QPalette::Midlight, window.lighter(115));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette ThemeSwitcher::lightPalette()
{
    QPalette p = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
    // Fusion's selection (#308cc6) and half-transparent placeholder fall short of WCAG AA's
    // 4.5:1 for text (tests/a11y/check-contrast.py): a deeper blue, a solid grey.
    for (auto group : {QPalette::Active, QPalette::Inactive})
        p.setColor(group, QPalette::Highlight, QColor(0x2a, 0x70, 0xb0));
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x6b, 0x6b));
    return p;
}

void ThemeSwitcher::applySaved()
{
    const QMetaEnum meta = QMetaEnum::fromType<Theme>();
    bool known = false;
    const int value = meta.keyToValue(QSettings().value(themeKey).toString().toLatin1().constData(), &known);
    apply(known ? Theme(value) : Theme::System);
}

void ThemeSwitcher::setTheme(Theme theme)
{
    apply(theme);
    QSettings().setValue(themeKey, QString::fromLatin1(QMetaEnum::fromType<Theme>().valueToKey(int(theme))));
    emit themeChanged(theme);
}

void ThemeSwitcher::apply(Theme theme)
{
    if (!m_systemPalette)
        m_systemPalette = new QPalette(QApplication::palette()); // owned for the process
    m_theme = theme;
    if (theme == Theme::System) {
        QApplication::setPalette(*m_systemPalette);
        return;
    }
    // Fusion draws every palette faithfully, whatever the platform style would do.
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

void ThemeSwitcher::addMenu(QMenu *viewMenu)
{
    QMenu *menu = viewMenu->addMenu(tr("T&heme"));
    auto *group = new QActionGroup(menu);
    const std::pair<Theme, QString> choices[] = {
        {Theme::System, tr("Follow the &System")},
        {Theme::Light, tr("&Light")},
        {Theme::Dark, tr("&Dark")},
    };
    for (const auto &[theme, label] : choices) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(theme == m_theme);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = theme] { setTheme(theme); });
        connect(this, &ThemeSwitcher::themeChanged, action,
                [action, theme = theme](Theme now) { action->setChecked(now == theme); });
    }
}

} // namespace Scholia
