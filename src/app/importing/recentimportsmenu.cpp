#include "recentimportsmenu.h"

#include "app/importing/recentimports.h"

#include <QDir>
#include <QFileInfo>

namespace Scholia {

RecentImportsMenu::RecentImportsMenu(QWidget *parent) : QMenu(parent)
{
    setTitle(tr("&Recent Imports"));
    setToolTipsVisible(true);
    connect(this, &QMenu::aboutToShow, this, &RecentImportsMenu::rebuild);
    // Filled now too, so that the menu is never an empty box (and for keyboard access).
    rebuild();
}

void RecentImportsMenu::rebuild()
{
    clear();
    const QStringList paths = RecentImports::paths();
    if (paths.isEmpty())
        addAction(tr("No Recent Imports"))->setEnabled(false);
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        QString name = QFileInfo(path).fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        // Numbers 1–9 get a mnemonic; the tenth has none rather than a clash.
        const QString text = i < 9 ? tr("&%1 %2").arg(i + 1).arg(name) : name;
        QAction *action = addAction(text);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit importRequested(path); });
    }
    addSeparator();
    QAction *clearAction = addAction(tr("&Clear Menu"), this, [] { RecentImports::clear(); });
    clearAction->setEnabled(!paths.isEmpty());
}

} // namespace Scholia
