// The library list: a partial save is marked where the reader sees a thread's size, and
// the line under a title says how many comments are new and unread, kept in step as the
// reader reads.

#include "app/library/threadlistmodel.h"
#include "app/library/threadrowdelegate.h"

#include <QSignalSpy>
#include <QTest>

using namespace Scholia;

class TestThreadListModel : public QObject
{
    Q_OBJECT

private slots:
    void partialSavesAreMarkedWithWhatTheyLack()
    {
        ThreadSummary whole;
        whole.id = 1;
        whole.sourceKind = QStringLiteral("discourse");
        whole.title = QStringLiteral("Whole topic");
        whole.commentCount = 339;
        ThreadSummary partial = whole;
        partial.id = 2;
        partial.title = QStringLiteral("First page only");
        partial.commentCount = 19;
        partial.gaps.missingComments = 320;
        partial.gaps.siteTotal = 340;
        ThreadListModel model;
        model.setThreads({whole, partial});

        const QModelIndex wholeCount = model.index(0, ThreadListModel::Comments);
        QCOMPARE(wholeCount.data().toInt(), 339);
        QVERIFY(!wholeCount.data(Qt::ToolTipRole).isValid());

        const QModelIndex partialCount = model.index(1, ThreadListModel::Comments);
        QCOMPARE(partialCount.data().toString(), QStringLiteral("19 ⚠"));
        QCOMPARE(partialCount.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Incomplete save: 320 of 340 posts are not in this save."));
        QCOMPARE(partialCount.data(Qt::AccessibleDescriptionRole).toString(),
                 partialCount.data(Qt::ToolTipRole).toString());
        // Sorting still goes by the number.
        QCOMPARE(partialCount.data(Qt::UserRole).toInt(), 19);
    }

    void newAndUnreadShowUnderTheTitle()
    {
        ThreadSummary read;
        read.id = 1;
        read.site = QStringLiteral("reddit.com/r/testsub");
        read.title = QStringLiteral("Read through");
        read.commentCount = 6;
        ThreadSummary resaved = read;
        resaved.id = 2;
        resaved.title = QStringLiteral("Saved again");
        resaved.newCount = 3;
        resaved.unreadCount = 7;
        ThreadListModel model;
        model.setThreads({read, resaved});
        const QModelIndex readTitle = model.index(0, ThreadListModel::Title);
        const QModelIndex resavedTitle = model.index(1, ThreadListModel::Title);
        // (Without the English translation, "6 comment(s)".)
        const QString detailOfRead = ThreadRowDelegate::detailLine(readTitle);
        QVERIFY(detailOfRead.startsWith(QStringLiteral("reddit.com/r/testsub · 6 comment")));
        QVERIFY(!detailOfRead.contains(QStringLiteral("new")));
        QVERIFY(!detailOfRead.contains(QStringLiteral("unread")));
        QCOMPARE(ThreadRowDelegate::detailLine(resavedTitle),
                 detailOfRead + QStringLiteral(" · 3 new · 7 unread"));

        // Reading one comment changes that row alone, in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setReadCounts(2, 0, 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(ThreadRowDelegate::detailLine(resavedTitle),
                 detailOfRead + QStringLiteral(" · 1 unread"));
        model.setReadCounts(2, 0, 1);  // nothing changed: nothing said
        model.setReadCounts(99, 1, 1); // not listed
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_MAIN(TestThreadListModel)
#include "tst_threadlistmodel.moc"
