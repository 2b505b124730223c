// Nothing lost: an annotation is in the library the moment the call that made it
// returns. A child process reports each annotation after AnnotationStore::create
// returned and is SIGKILLed at once, without closing anything; every annotation it
// reported must be in the file afterwards.

#include "store/annotationstore.h"
#include "store/library.h"
#include "store/libraryintegrity.h"
#include "store/threadstore.h"
#include "testthread.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Scholia;

class TestAnnotationDurability : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void killedRightAfterTheCallReturnedLosesNothing_data()
    {
        QTest::addColumn<int>("reportsBeforeKill");
        QTest::newRow("first") << 1;
        QTest::newRow("a few") << 5;
        QTest::newRow("many") << 40;
    }

    void killedRightAfterTheCallReturnedLosesNothing()
    {
        QFETCH(int, reportsBeforeKill);
        const QString path = m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(reportsBeforeKill));
        qint64 thread = 0;
        {
            auto store = Library::open(path).value();
            thread = store->threads().saveThread(TestThread::make()).value();
        }

        QProcess child;
        child.start(QStringLiteral(SCHOLIA_ANNOTATING_CHILD),
                    {path, QString::number(thread), "c1"});
        QVERIFY(child.waitForStarted());
        QList<qint64> reported;
        QByteArray pending;
        while (reported.size() < reportsBeforeKill) {
            QVERIFY2(child.state() == QProcess::Running || child.bytesAvailable() > 0,
                     child.readAllStandardError().constData());
            if (!child.canReadLine())
                QVERIFY(child.waitForReadyRead(30000));
            while (child.canReadLine() && reported.size() < reportsBeforeKill) {
                const QByteArray line = child.readLine().trimmed();
                QVERIFY2(line.startsWith("created "), line.constData());
                reported << line.mid(8).toLongLong();
            }
        }
        child.kill(); // SIGKILL: no destructors, no close, no checkpoint
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        auto store = Library::open(path);
        QVERIFY(store.ok());
        AnnotationStore &annotations = (*store)->annotations();
        for (const qint64 id : std::as_const(reported)) {
            const auto annotation = annotations.annotation(id);
            QVERIFY2(
                annotation.ok(),
                qPrintable(QStringLiteral("annotation %1 was reported but is missing").arg(id)));
            QCOMPARE(annotation->commentSourceId, QString("c1"));
            QVERIFY(annotation->note.startsWith("note "));
            QCOMPARE(annotation->tags.size(), qsizetype(1));
        }
        QCOMPARE(LibraryIntegrity::integrityCheckFile((*store)->path()), QString());
        QVERIFY((*store)->threads().listThreads()->front().annotationCount >= reportsBeforeKill);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationDurability)
#include "tst_annotationdurability.moc"
