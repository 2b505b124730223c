#pragma once

#include <QDialog>

class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace Scholia {

class Library;

// File ▸ Backups…: the library's backups (date, reason, size), Back Up Now, Restore…,
// Show Folder. Restoring needs the library closed, so the dialog only asks for it
// (restoreRequested); main.cpp closes the window and the library, restores and reopens.
class BackupsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupsDialog(Library &library, QWidget *parent = nullptr);

signals:
    void restoreRequested(const QString &backupPath);

private:
    void reload();
    void backUpNow();
    void restoreSelected();
    void showFolder();
    QString selectedPath() const;

    Library &m_library;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QPushButton *m_restore;
};

} // namespace Scholia
