// File ▸ Save from Address… in the window: the dialog, a save behind its progress dialog
// that is then imported like a dropped file, Cancel, a failure that changes nothing, web
// addresses dropped on the window, and no saving while another process writes.

#include "../../fetch/localhttpserver.h"
#include "../../fetch/reddittestsite.h"
#include "app/importing/filedropfilter.h"
#include "app/importing/importcontroller.h"
#include "app/importing/savefromaddresscontroller.h"
#include "app/importing/savefromaddressdialog.h"
#include "store/library.h"
#include "store/threadstore.h"
#include "threadgenerator.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Scholia;

class TestSaveFromAddress : public QObject
{
    Q_OBJECT

private:
    struct Window
    {
        std::unique_ptr<Library> store;
        std::unique_ptr<QMainWindow> window;
        ImportController *importer = nullptr;
        SaveFromAddressController *saver = nullptr;
    };

    QTemporaryDir m_dir;
    int m_libraries = 0;

    Window openWindow()
    {
        Window w;
        const QString folder = m_dir.filePath(QString::number(++m_libraries));
        QDir().mkpath(folder);
        w.store = std::move(Library::open(folder + QStringLiteral("/library.sqlite")).value());
        w.window = std::make_unique<QMainWindow>();
        auto *file = w.window->menuBar()->addMenu(QStringLiteral("File"));
        w.importer = new ImportController(*w.store, w.window.get());
        w.importer->installInto(file);
        w.saver = new SaveFromAddressController(*w.store, *w.importer, w.window.get());
        w.saver->installInto(file, file->actions().value(1));
        return w;
    }

    static int threadCount(const Window &w) { return w.store->threads().threadCount().value(); }

private slots:
    void initTestCase() { qputenv("LANGUAGE", "en"); }

    void theDialogSaysWhatItWillSave()
    {
        QGuiApplication::clipboard()->setText(
            QStringLiteral("https://news.ycombinator.com/item?id=4992617"));
        SaveFromAddressDialog dialog;
        auto *field = dialog.findChild<QLineEdit *>();
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QCOMPARE(field->text(), QStringLiteral("https://news.ycombinator.com/item?id=4992617"));
        QVERIFY(save->isEnabled());
        field->setText(QStringLiteral("https://example.com/a/b"));
        QVERIFY(!save->isEnabled());
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
            return l->text().contains(QLatin1String("cannot tell which site"));
        }));
        field->setText(QStringLiteral("https://www.themotte.org/post/4242/culture-war"));
        QVERIFY(save->isEnabled());
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
            return l->text() == QLatin1String("A thread on themotte.org.");
        }));
        QGuiApplication::clipboard()->setText(QStringLiteral("just some words"));
        SaveFromAddressDialog empty;
        QVERIFY(empty.findChild<QLineEdit *>()->text().isEmpty());
    }

    void savesAndImportsTheThread()
    {
        RedditTestSite site(ThreadGenerator(21).redditJson(150));
        LocalHttpServer server([&site](const auto &request) { return site.handle(request); });
        qputenv("SCHOLIA_FETCH_TEST_ORIGIN", server.origin().toString().toUtf8());
        Window w = openWindow();
        QCOMPARE(w.saver->saveAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QSignalSpy finished(w.saver, &SaveFromAddressController::saveFinished);
        QSignalSpy imported(w.importer, &ImportController::threadsImported);
        w.saver->save({QStringLiteral("https://www.reddit.com/comments/%1/").arg(site.postId())});
        QVERIFY(w.saver->progressDialog());
        QVERIFY(w.saver->progressDialog()->isVisible());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(imported.count() == 1 || imported.wait(30000));
        const auto threads = w.store->threads().listThreads().value();
        QCOMPARE(int(threads.size()), 1);
        QCOMPARE(threads.front().commentCount, site.commentCount());
        QVERIFY(!w.saver->progressDialog());
    }

    void cancelLeavesTheLibraryAsItWas()
    {
        LocalHttpServer server([](const auto &) {
            LocalHttpServer::Reply reply = LocalHttpServer::Reply::json(QByteArray(2000, ' '));
            reply.stallAfterHeaders = true;
            return reply;
        });
        qputenv("SCHOLIA_FETCH_TEST_ORIGIN", server.origin().toString().toUtf8());
        Window w = openWindow();
        QSignalSpy finished(w.saver, &SaveFromAddressController::saveFinished);
        QSignalSpy status(w.saver, &SaveFromAddressController::statusMessage);
        w.saver->save({QStringLiteral("https://forum.example.org/t/a-topic/12")});
        QTRY_COMPARE(server.requests().size(), 1);
        QVERIFY(w.saver->isBusy());
        auto *cancelButton = w.saver->progressDialog()->findChild<QPushButton *>();
        QVERIFY(cancelButton);
        cancelButton->click();
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(
            status.last().at(0).toString().contains(QLatin1String("cancelled; nothing was saved")));
        QCOMPARE(threadCount(w), 0);
        QVERIFY(!QFileInfo::exists(
            QFileInfo(w.store->path()).absoluteDir().filePath(QStringLiteral("saved"))));
    }

    void aFailureSaysWhatFailed()
    {
        LocalHttpServer server(
            [](const auto &) { return LocalHttpServer::Reply::withStatus(500); });
        qputenv("SCHOLIA_FETCH_TEST_ORIGIN", server.origin().toString().toUtf8());
        Window w = openWindow();
        QSignalSpy finished(w.saver, &SaveFromAddressController::saveFinished);
        w.saver->save({QStringLiteral("https://news.ycombinator.com/item?id=1")});
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(w.saver->lastFailure().contains(QLatin1String("HTTP 500")),
                 qPrintable(w.saver->lastFailure()));
        auto *box = w.window->findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("the library is as it was")));
        QVERIFY(box->informativeText().contains(QLatin1String("item?id=1")));
        QCOMPARE(threadCount(w), 0);
    }

    void takesWebAddressesDroppedOnTheWindow()
    {
        QMimeData link;
        link.setUrls({QUrl(QStringLiteral("https://www.reddit.com/r/a/comments/b1/c/"))});
        QCOMPARE(FileDropFilter::webAddresses(&link),
                 QStringList{QStringLiteral("https://www.reddit.com/r/a/comments/b1/c/")});
        QVERIFY(FileDropFilter::localPaths(&link).isEmpty());
        QMimeData text;
        text.setText(QStringLiteral("  https://news.ycombinator.com/item?id=5  "));
        QCOMPARE(FileDropFilter::webAddresses(&text),
                 QStringList{QStringLiteral("https://news.ycombinator.com/item?id=5")});
        QMimeData file;
        file.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/x.json"))});
        QVERIFY(FileDropFilter::webAddresses(&file).isEmpty());

        // A drop on the window starts a save.
        LocalHttpServer server(
            [](const auto &) { return LocalHttpServer::Reply::withStatus(404); });
        qputenv("SCHOLIA_FETCH_TEST_ORIGIN", server.origin().toString().toUtf8());
        Window w = openWindow();
        w.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        QSignalSpy finished(w.saver, &SaveFromAddressController::saveFinished);
        auto *target = new QWidget;
        w.window->setCentralWidget(target);
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &link, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &link, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(finished.wait(30000));
        QCOMPARE(server.paths().value(0), QStringLiteral("/comments/b1.json?limit=500"));
    }

    void refusedWhileAnotherProcessWrites()
    {
        Window w = openWindow();
        w.saver->setReadOnly(QStringLiteral("Another process writes."));
        QVERIFY(!w.saver->saveAction()->isEnabled());
        QSignalSpy finished(w.saver, &SaveFromAddressController::saveFinished);
        w.saver->save({QStringLiteral("https://news.ycombinator.com/item?id=1")});
        QVERIFY(!w.saver->isBusy());
        auto *box = w.window->findChild<QMessageBox *>();
        QVERIFY(box && box->text().contains(QLatin1String("Nothing was saved")));
    }
};

QTEST_MAIN(TestSaveFromAddress)
#include "tst_savefromaddress.moc"
