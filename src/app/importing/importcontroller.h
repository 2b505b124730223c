#pragma once

#include "app/importing/importbatchreport.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>

class QAction;
class QMainWindow;
class QMenu;
class QProgressDialog;
class QThread;

namespace Scholia {

class ImportReportDialog;
class Library;

// Import from the GUI: File ▸ Import…, File ▸ Recent Imports and files dropped on the
// window. Each batch runs on a worker thread (ImportWorker) behind a progress dialog
// whose Cancel rolls back the file in progress and skips the rest; problems are listed
// at the end in one dialog, and a batch without any goes to the status bar only.
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(const Library &library, QMainWindow *window);
    ~ImportController() override;

    // Puts Import… (Ctrl+I) and Recent Imports, then a separator, into fileMenu before
    // `before` (at the end when null); takes files dropped on the window; sends the
    // outcome of each batch to the window's status bar.
    void installInto(QMenu *fileMenu, QAction *before = nullptr);

    // Asks for files, then imports them.
    void chooseFiles();
    // While another process writes to the library: Import… is disabled, and files dropped
    // or handed over are refused with reason. Empty allows imports again.
    void setReadOnly(const QString &reason);
    // Files, and the files directly inside folders. While a batch runs, they wait for it.
    void importFiles(const QStringList &paths);
    // Rolls back the file in progress and skips the rest of this batch and the waiting ones.
    void cancel();
    bool isBusy() const;

    // Folders replaced by the files directly in them (not recursive), by name.
    static QStringList filesToImport(const QStringList &paths);

    QAction *importAction() const { return m_importAction; }
    const ImportBatchReport &lastReport() const { return m_report; }
    // The running batch's progress dialog (null between batches), and the report of the
    // last batch that had problems (null once closed).
    QProgressDialog *progressDialog() const;
    ImportReportDialog *reportDialog() const;

signals:
    void fileStarted(int index, int fileCount, const QString &path);
    // What the progress dialog says, each time it changes (the dialog itself shows only
    // after a moment): the file, and inside a community dump the pass and how far it is.
    void progressLabelChanged(const QString &text);
    // After a batch that saved at least one thread: the library should reload and show it.
    void threadsImported(qint64 lastThreadId);
    void statusMessage(const QString &text);
    void batchFinished();
    // Web addresses were dropped on the window: for SaveFromAddressController.
    void addressesDropped(const QStringList &addresses);

private:
    void startBatch(const QStringList &files);
    void createProgressDialog(int fileCount);
    void showFileStarted(int index, const QString &path);
    void showDumpProgress(qint64 bytesRead, qint64 bytesTotal, qint64 threadsDone, qint64 threadsTotal);
    void recordFile(int index, const FileImportResult &result);
    void finishBatch();
    void stopThread();
    void setProgressLabel(const QString &text);

    const Library &m_library;
    QMainWindow *m_window;
    QAction *m_importAction;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel = false;
    QStringList m_waiting; // files given while a batch was running
    QString m_readOnlyReason;
    ImportBatchReport m_report;
    QPointer<QProgressDialog> m_progress;
    QPointer<ImportReportDialog> m_reportDialog;
};

} // namespace Scholia
