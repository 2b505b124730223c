#pragma once

#include <QMenu>

namespace Scholia {

// File ▸ Recent Imports: the RecentImports list, read afresh each time it opens, and
// Clear Menu.
class RecentImportsMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentImportsMenu(QWidget *parent = nullptr);

    // Fills the menu from RecentImports; called before the menu shows.
    void rebuild();

signals:
    void importRequested(const QString &path);
};

} // namespace Scholia
