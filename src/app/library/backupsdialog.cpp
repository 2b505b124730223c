#include "backupsdialog.h"

#include "app/settings/appsettings.h"

#include "store/library.h"
#include "store/librarybackups.h"
#include "store/threadstore.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace Scholia {

namespace {

QString reasonText(const QString &reason)
{
    if (reason == QLatin1String("daily"))
        return BackupsDialog::tr("Daily");
    if (reason == QLatin1String("manual"))
        return BackupsDialog::tr("Backed up by hand");
    if (reason == QLatin1String("replaced"))
        return BackupsDialog::tr("Library replaced by a restore");
    if (reason.startsWith(QLatin1String("before-v")))
        return BackupsDialog::tr("Before the upgrade to schema %1").arg(reason.mid(8));
    return reason;
}

} // namespace

BackupsDialog::BackupsDialog(Library &library, QWidget *parent)
    : QDialog(parent), m_library(library), m_model(new QStandardItemModel(this)),
      m_view(new QTreeView(this)), m_restore(new QPushButton(tr("&Restore…"), this))
{
    setWindowTitle(tr("Backups"));
    auto *intro =
        new QLabel(tr("Scholia backs up the library once a day while you use it and before "
                      "every upgrade of its format, keeping the last %1. They are in %2.")
                       .arg(LibraryBackups::defaultKeep)
                       .arg(QDir::toNativeSeparators(LibraryBackups(library.path()).folder())),
                   this);
    intro->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Backups"));
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *backUp = buttons->addButton(tr("&Back Up Now"), QDialogButtonBox::ActionRole);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    QPushButton *folder = buttons->addButton(tr("Show &Folder"), QDialogButtonBox::ActionRole);
    connect(backUp, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(folder, &QPushButton::clicked, this, &BackupsDialog::showFolder);
    buttons->button(QDialogButtonBox::Close)->setDefault(true); // Enter must not make a backup
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTreeView::doubleClicked, this, &BackupsDialog::restoreSelected);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(640, 360);
    reload();
}

void BackupsDialog::reload()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Date"), tr("Reason"), tr("Size")});
    const QLocale locale;
    for (const LibraryBackup &backup : LibraryBackups(m_library.path()).list()) {
        auto *date =
            new QStandardItem(locale.toString(backup.time.toLocalTime(), QLocale::ShortFormat));
        date->setData(backup.path, Qt::UserRole);
        date->setToolTip(QDir::toNativeSeparators(backup.path));
        auto *size = new QStandardItem(locale.formattedDataSize(backup.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow({date, new QStandardItem(reasonText(backup.reason)), size});
    }
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    m_restore->setEnabled(m_model->rowCount() > 0);
}

QString BackupsDialog::selectedPath() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->index(current.row(), 0).data(Qt::UserRole).toString()
                             : QString();
}

void BackupsDialog::backUpNow()
{
    const LibraryBackups backups(m_library.path());
    auto made = m_library.backUp(QStringLiteral("manual"));
    if (made)
        if (auto pruned = backups.prune(AppSettings::instance().backupCount(), made->path); !pruned)
            QMessageBox::warning(this, tr("Backups"), pruned.error().toString());
    if (!made)
        QMessageBox::warning(
            this, tr("Backups"),
            tr("The library could not be backed up.\n\n%1").arg(made.error().toString()));
    reload();
}

void BackupsDialog::restoreSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    const QString date = m_model->index(m_view->currentIndex().row(), 0).data().toString();
    const auto answer = QMessageBox::question(
        this, tr("Restore Backup"),
        tr("Replace the library with the backup of %1?\n\nThe library as it is now is kept in the "
           "backups "
           "folder. Scholia closes the library, restores the backup and opens it again.")
            .arg(date),
        QMessageBox::Cancel | QMessageBox::Ok, QMessageBox::Cancel);
    if (answer != QMessageBox::Ok)
        return;
    emit restoreRequested(path);
    accept();
}

void BackupsDialog::showFolder()
{
    const QString folder = LibraryBackups(m_library.path()).folder();
    QDir().mkpath(folder);
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

} // namespace Scholia
