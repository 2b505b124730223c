#include "savefromaddresscontroller.h"

#include "app/importing/importcontroller.h"
#include "app/importing/savefromaddressdialog.h"
#include "fetch/fetchpolicy.h"
#include "fetch/savearchive.h"
#include "fetch/threadaddress.h"
#include "fetch/threadsaver.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

namespace Scholia {

SaveFromAddressController::SaveFromAddressController(const Library &library,
                                                     ImportController &importer,
                                                     QMainWindow *window)
    : QObject(window), m_library(library), m_importer(importer), m_window(window),
      m_action(new QAction(this))
{
    m_action->setText(tr("Save from &Address…"));
    // Ctrl+L: where browsers put the address.
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_action->setStatusTip(tr("Fetch a whole thread from its address and import it"));
    connect(m_action, &QAction::triggered, this, &SaveFromAddressController::askForAddress);
}

SaveFromAddressController::~SaveFromAddressController()
{
    if (m_saver)
        m_saver->disconnect(this);
    delete m_progress;
}

void SaveFromAddressController::installInto(QMenu *fileMenu, QAction *before)
{
    fileMenu->insertAction(before, m_action);
    // Web addresses dropped on the window (the importer's drop filter sees every drop).
    connect(&m_importer, &ImportController::addressesDropped, this,
            [this](const QStringList &addresses) { save(addresses); });
}

void SaveFromAddressController::setReadOnly(const QString &reason)
{
    m_readOnlyReason = reason;
    m_action->setEnabled(reason.isEmpty());
}

bool SaveFromAddressController::isBusy() const
{
    return m_saver && m_saver->isRunning();
}

void SaveFromAddressController::askForAddress()
{
    SaveFromAddressDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    save({dialog.address()}, dialog.maxRequests());
}

void SaveFromAddressController::save(const QStringList &addresses, int maxRequests)
{
    if (!m_readOnlyReason.isEmpty()) {
        auto *refusal =
            new QMessageBox(QMessageBox::Information, tr("Save from Address"),
                            tr("Nothing was saved.") + QLatin1Char('\n') + m_readOnlyReason,
                            QMessageBox::Ok, m_window);
        refusal->setAttribute(Qt::WA_DeleteOnClose);
        refusal->open();
        return;
    }
    m_waiting += addresses;
    if (maxRequests > 0)
        m_maxRequests = maxRequests;
    if (!isBusy())
        startNext();
}

void SaveFromAddressController::cancel()
{
    m_waiting.clear();
    if (m_saver)
        m_saver->cancel();
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling…"));
}

void SaveFromAddressController::startNext()
{
    if (m_waiting.isEmpty())
        return;
    m_current = m_waiting.takeFirst();
    const auto address = ThreadAddress::parse(m_current);
    if (!address) {
        m_lastFailure = address.error().message;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Save from Address"), m_lastFailure,
                                    QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit saveFinished(false);
        return startNext();
    }
    QString problem;
    FetchPolicy policy = FetchPolicy::forThisProcess(&problem);
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem));
    if (m_maxRequests > 0)
        policy.maxRequests = m_maxRequests;
    m_saver = std::make_unique<ThreadSaver>(policy, SaveArchive::defaultRootFor(m_library.path()));
    connect(m_saver.get(), &ThreadSaver::progress, this, &SaveFromAddressController::showProgress);
    connect(m_saver.get(), &ThreadSaver::waiting, this, [this](int seconds, const QString &reason) {
        m_waitNote = tr("Waiting %n second(s): %1", nullptr, seconds).arg(reason);
        showProgress(m_saver->requestsMade(), -1);
    });
    connect(m_saver.get(), &ThreadSaver::finished, this,
            &SaveFromAddressController::onSaverFinished);

    // Not modal, like an import: reading goes on while the site is asked, slowly.
    m_progress = new QProgressDialog(m_window);
    m_progress->setWindowTitle(tr("Saving from %1").arg(address->siteName()));
    m_progress->setRange(0, 0); // how many requests a thread needs is known only at the end
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    m_progress->setMinimumWidth(420);
    m_progress->setLabelText(tr("Asking %1 for the thread…").arg(address->siteName()));
    connect(m_progress, &QProgressDialog::canceled, this, &SaveFromAddressController::cancel);
    m_progress->show();
    m_waitNote.clear();
    m_comments = 0;
    m_saver->start(*address);
}

void SaveFromAddressController::showProgress(int requests, int comments)
{
    if (!m_progress || !m_saver)
        return;
    if (comments >= 0) {
        m_comments = comments;
        m_waitNote.clear(); // the site answered: the pause is over
    }
    QString text = tr("%1\n%n request(s) made", nullptr, requests).arg(m_current) +
                   QLatin1String(", ") + tr("%n comment(s) so far", nullptr, m_comments);
    if (!m_waitNote.isEmpty())
        text += QLatin1Char('\n') + m_waitNote;
    m_progress->setLabelText(text);
}

void SaveFromAddressController::onSaverFinished()
{
    delete m_progress;
    const Result<SavedThread> result = *m_saver->result();
    m_saver.release()->deleteLater(); // its signal is still being delivered
    if (!result) {
        if (result.error().cancelled) {
            emit statusMessage(
                tr("The save from %1 was cancelled; nothing was saved.").arg(m_current));
        } else {
            m_lastFailure = result.error().message;
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Save from Address"),
                                        tr("The thread could not be saved. Nothing was saved; the "
                                           "library is as it was."),
                                        QMessageBox::Ok, m_window);
            box->setInformativeText(m_lastFailure);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            emit statusMessage(m_lastFailure);
        }
        emit saveFinished(false);
        return startNext();
    }
    m_importer.importFiles({result->threadFile});
    QString message =
        tr("Saved %1 in %n request(s); the responses are in %2", nullptr, result->requests)
            .arg(m_current, result->folder);
    if (!result->notes.isEmpty()) {
        message += QLatin1String(" — ") + result->notes.join(QLatin1String("; "));
        auto *box = new QMessageBox(QMessageBox::Information, tr("Save from Address"),
                                    tr("The thread was saved, but not all of it:"), QMessageBox::Ok,
                                    m_window);
        box->setInformativeText(result->notes.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit statusMessage(message);
    emit saveFinished(true);
    startNext();
}

} // namespace Scholia
