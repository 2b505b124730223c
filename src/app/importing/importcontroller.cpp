#include "importcontroller.h"

#include "app/importing/filedropfilter.h"
#include "app/importing/importreportdialog.h"
#include "app/importing/importworker.h"
#include "app/importing/recentimports.h"
#include "app/importing/recentimportsmenu.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>

#include <utility>

namespace Scholia {

ImportController::ImportController(const Library &library, QMainWindow *window)
    : QObject(window), m_library(library), m_window(window), m_importAction(new QAction(this))
{
    m_importAction->setText(tr("&Import…"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import saved thread files into the library"));
    connect(m_importAction, &QAction::triggered, this, &ImportController::chooseFiles);
}

ImportController::~ImportController()
{
    // Closing the window mid-import: the file in progress is rolled back, not left half done.
    m_cancel = true;
    stopThread();
    delete m_progress;
}

void ImportController::installInto(QMenu *fileMenu, QAction *before)
{
    auto *recent = new RecentImportsMenu(fileMenu);
    connect(recent, &RecentImportsMenu::importRequested, this,
            [this](const QString &path) { importFiles({path}); });
    fileMenu->insertAction(before, m_importAction);
    fileMenu->insertMenu(before, recent);
    fileMenu->insertSeparator(before);

    auto *drops = new FileDropFilter(m_window);
    connect(drops, &FileDropFilter::filesDropped, this, &ImportController::importFiles);
    connect(drops, &FileDropFilter::addressesDropped, this, &ImportController::addressesDropped);
    connect(this, &ImportController::statusMessage, m_window->statusBar(),
            [this](const QString &text) { m_window->statusBar()->showMessage(text, 15000); });
}

void ImportController::chooseFiles()
{
    const QStringList recent = RecentImports::paths();
    const QString folder =
        recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
    // The format is found from each file's content, so every file may be chosen.
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Import Threads"), folder,
        tr("Saved threads (*.json *.html *.htm *.mbox *.txt *.zst);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

QStringList ImportController::filesToImport(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << path; // a missing file is reported by the import, like any other error
            continue;
        }
        const QFileInfoList inside = QDir(path).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &file : inside)
            files << file.filePath();
    }
    return files;
}

void ImportController::setReadOnly(const QString &reason)
{
    m_readOnlyReason = reason;
    m_importAction->setEnabled(reason.isEmpty());
}

void ImportController::importFiles(const QStringList &paths)
{
    if (!m_readOnlyReason.isEmpty()) {
        // Not modal: files handed over by another process must not block this window.
        auto *refusal = new QMessageBox(QMessageBox::Information, tr("Import"),
                                        tr("Nothing was imported.") + QLatin1Char('\n') + m_readOnlyReason,
                                        QMessageBox::Ok, m_window);
        refusal->setDetailedText(paths.join(QLatin1Char('\n')));
        refusal->setAttribute(Qt::WA_DeleteOnClose);
        refusal->open();
        emit statusMessage(m_readOnlyReason);
        return;
    }
    const QStringList files = filesToImport(paths);
    if (files.isEmpty()) {
        emit statusMessage(tr("There were no files to import."));
        return;
    }
    if (isBusy()) {
        m_waiting += files;
        return;
    }
    startBatch(files);
}

void ImportController::cancel()
{
    m_cancel = true;
    m_waiting.clear();
    if (m_progress)
        setProgressLabel(tr("Cancelling…"));
}

bool ImportController::isBusy() const
{
    return m_thread != nullptr;
}

QProgressDialog *ImportController::progressDialog() const
{
    return m_progress;
}

ImportReportDialog *ImportController::reportDialog() const
{
    return m_reportDialog;
}

void ImportController::startBatch(const QStringList &files)
{
    m_cancel = false;
    m_report = ImportBatchReport(int(files.size()));

    createProgressDialog(int(files.size()));

    m_thread = new QThread(this);
    auto *worker = new ImportWorker(m_library.path(), files, &m_cancel);
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, worker, &ImportWorker::run);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &ImportWorker::fileStarted, this, &ImportController::showFileStarted);
    connect(worker, &ImportWorker::fileFinished, this, &ImportController::recordFile);
    connect(worker, &ImportWorker::dumpProgress, this, &ImportController::showDumpProgress);
    connect(worker, &ImportWorker::failed, this,
            [this](const Error &error) { m_report.setFailure(error); });
    connect(worker, &ImportWorker::finished, this, &ImportController::finishBatch);
    m_thread->start();
}

void ImportController::createProgressDialog(int fileCount)
{
    // Not modal: the import runs beside the window (the library is WAL), so reading can
    // go on while a folder of hundreds of threads is saved.
    m_progress = new QProgressDialog(m_window);
    auto *bar = new QProgressBar(m_progress);
    bar->setFormat(tr("%v of %m files")); // files done, not a percentage of unknown bytes
    m_progress->setBar(bar);
    m_progress->setWindowTitle(tr("Importing"));
    m_progress->setLabelText(tr("Importing %n file(s)…", nullptr, fileCount));
    m_progress->setRange(0, fileCount);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(400); // a file or two should not flash a dialog
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);
}

void ImportController::showFileStarted(int index, const QString &path)
{
    if (m_progress && !m_cancel) {
        setProgressLabel(tr("Importing file %1 of %2:\n%3")
                             .arg(index + 1)
                             .arg(m_report.fileCount())
                             .arg(QFileInfo(path).fileName()));
    }
    emit fileStarted(index, m_report.fileCount(), path);
}

void ImportController::showDumpProgress(qint64 bytesRead, qint64 bytesTotal, qint64 threadsDone,
                                        qint64 threadsTotal)
{
    if (!m_progress || m_cancel)
        return;
    const QString file = m_progress->labelText().section(QLatin1Char('\n'), 0, 1);
    const QString step =
        threadsTotal > 0
            ? tr("Storing threads: %1 of %2").arg(threadsDone).arg(threadsTotal)
            : tr("Reading the dump: %1 of %2")
                  .arg(m_window->locale().formattedDataSize(bytesRead),
                       m_window->locale().formattedDataSize(bytesTotal));
    setProgressLabel(file + QLatin1Char('\n') + step);
}

void ImportController::setProgressLabel(const QString &text)
{
    m_progress->setLabelText(text);
    emit progressLabelChanged(text);
}

void ImportController::recordFile(int index, const FileImportResult &result)
{
    m_report.add(result);
    // After Cancel the dialog has hidden itself; a new value would bring it back.
    if (m_progress && !m_cancel)
        m_progress->setValue(index + 1);
}

void ImportController::finishBatch()
{
    stopThread();
    delete m_progress;

    RecentImports::add(m_report.importedPaths());
    if (const qint64 last = m_report.lastThreadId())
        emit threadsImported(last);
    emit statusMessage(m_report.summary());
    if (m_report.hasProblems()) {
        m_reportDialog = new ImportReportDialog(m_report, m_window);
        m_reportDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_reportDialog->open(); // window-modal, and without a nested event loop
    }
    emit batchFinished();

    if (!m_waiting.isEmpty())
        startBatch(std::exchange(m_waiting, {}));
}

void ImportController::stopThread()
{
    if (!m_thread)
        return;
    // The worker has returned from run() (or is about to, being cancelled); its queued
    // signals are in this thread's queue already.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace Scholia
