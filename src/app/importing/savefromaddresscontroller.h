#pragma once

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QStringList>

#include <memory>

class QAction;
class QMainWindow;
class QMenu;

namespace Scholia {

class ImportController;
class ThreadSaver;
class Library;

// Saving from an address in the window: File ▸ Save from Address… (Ctrl+L) and web
// addresses dropped on the window. One save at a time behind a progress dialog (requests
// made, comments so far, pauses the site asked for) with Cancel; a finished save's thread
// file goes to the ImportController, so it is imported (and merged) like a dropped file.
// A failed or cancelled save changes nothing and says what failed.
class SaveFromAddressController : public QObject
{
    Q_OBJECT

public:
    SaveFromAddressController(const Library &library, ImportController &importer,
                              QMainWindow *window);
    ~SaveFromAddressController() override;

    void installInto(QMenu *fileMenu, QAction *before = nullptr);
    QAction *saveAction() const { return m_action; }

    void askForAddress();
    // Saves each address in turn (after the one running).
    void save(const QStringList &addresses, int maxRequests = 0);
    void cancel();
    bool isBusy() const;
    void setReadOnly(const QString &reason);

    QProgressDialog *progressDialog() const { return m_progress; }
    const QString &lastFailure() const { return m_lastFailure; }

signals:
    void statusMessage(const QString &text);
    // A save ended: imported handed to the importer, failed or cancelled.
    void saveFinished(bool saved);

private:
    void startNext();
    void onSaverFinished();
    void showProgress(int requests, int comments);

    const Library &m_library;
    ImportController &m_importer;
    QMainWindow *m_window;
    QAction *m_action;
    QStringList m_waiting;
    int m_maxRequests = 0;
    std::unique_ptr<ThreadSaver> m_saver;
    QString m_current;
    QString m_waitNote;
    int m_comments = 0;
    QString m_readOnlyReason;
    QString m_lastFailure;
    QPointer<QProgressDialog> m_progress;
};

} // namespace Scholia
