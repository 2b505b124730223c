#include "mainwindow.h"

#include "aboutdialog.h"
#include "librarypane.h"
#include "notespane.h"
#include "store/threadstore.h"
#include "threadview.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>

namespace Scholia {

MainWindow::MainWindow(ThreadStore &store, QWidget *parent)
    : QMainWindow(parent),
      m_store(store),
      m_library(new LibraryPane(this)),
      m_threadView(new ThreadView(store, this)),
      m_notes(new NotesPane(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_statusLabel(new QLabel(this))
{
    setWindowTitle(tr("Scholia"));
    m_splitter->addWidget(m_library);
    m_splitter->addWidget(m_threadView);
    m_splitter->addWidget(m_notes);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({320, 800, 300});
    setCentralWidget(m_splitter);
    statusBar()->addWidget(m_statusLabel, 1);
    createMenus();
    resize(1440, 900);

    connect(m_library, &LibraryPane::threadSelected, this, &MainWindow::showThread);
    QString error;
    if (!m_library->reload(m_store, &error))
        statusBar()->showMessage(error);
    m_library->selectFirstThread();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Scholia"), this, [this] { AboutDialog(m_store.path(), this).exec(); });
}

void MainWindow::showThread(qint64 threadId)
{
    m_threadView->showThread(threadId);
    if (const ThreadSummary *thread = m_library->selectedThread()) {
        setWindowTitle(tr("%1 — Scholia").arg(thread->title));
        m_statusLabel->setText(tr("%1 · %n comment(s) · saved %2", nullptr, thread->commentCount)
                                   .arg(thread->site,
                                        QLocale().toString(thread->updatedAt.toLocalTime(),
                                                           QLocale::ShortFormat)));
    }
}

} // namespace Scholia
