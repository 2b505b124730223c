// The library list: a partial save is marked where the reader sees a thread's size.

#include "app/library/threadlistmodel.h"

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
};

QTEST_MAIN(TestThreadListModel)
#include "tst_threadlistmodel.moc"
