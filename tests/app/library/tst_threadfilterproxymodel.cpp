// The library list's sort and filter (ThreadFilterProxyModel over ThreadListModel's keys):
// a filter matches what any column shows, whatever the case, and each column sorts in
// the order of the values it sorts by (Qt::UserRole), as QSortFilterProxyModel did.

#include "app/library/threadfilterproxymodel.h"
#include "app/library/threadlistmodel.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Scholia;

namespace {

ThreadSummary summary(qint64 id, const QString &title, const QString &site, int year, int comments,
                     int annotations, const QStringList &tags)
{
    ThreadSummary s;
    s.id = id;
    s.sourceKind = QStringLiteral("reddit");
    s.title = title;
    s.site = site;
    s.created = QDateTime(QDate(year, 6, 1), QTime(12, 0), QTimeZone::utc());
    s.commentCount = comments;
    s.annotationCount = annotations;
    s.tags = tags;
    return s;
}

QList<qint64> shownIds(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(ThreadListModel::ThreadIdRole).toLongLong();
    return ids;
}

} // namespace

class TestThreadFilterProxyModel : public QObject
{
    Q_OBJECT

private:
    void fill(ThreadListModel &model)
    {
        ThreadSummary undated = summary(4, QStringLiteral("Älter als die Zeit"), QStringLiteral("forum.example.org"),
                                       2000, 7, 0, {});
        undated.created = QDateTime();
        model.setThreads({summary(1, QStringLiteral("Zoning reform in Tokyo"),
                                 QStringLiteral("reddit.com/r/urbanplanning"), 2021, 340, 2,
                                 {QStringLiteral("housing"), QStringLiteral("japan")}),
                          summary(2, QStringLiteral("Bicycle lanes"), QStringLiteral("news.ycombinator.com"),
                                 2019, 12, 5, {QStringLiteral("transit")}),
                          summary(3, QStringLiteral("ask: what is a mortgage?"),
                                 QStringLiteral("reddit.com/r/economics"), 2023, 1200, 0, {}),
                          undated});
    }

private slots:
    void filterMatchesAnyShownTextIgnoringCase()
    {
        ThreadListModel model;
        fill(model);
        ThreadFilterProxyModel proxy(&model);
        proxy.setFilterText(QStringLiteral("ZONING"));
        QCOMPARE(shownIds(proxy), QList<qint64>{1});
        proxy.setFilterText(QStringLiteral("reddit.com")); // the Site column
        QCOMPARE(shownIds(proxy), (QList<qint64>{1, 3}));
        proxy.setFilterText(QStringLiteral("reddit.com/r/E")); // a letter more: among the rows shown
        QCOMPARE(shownIds(proxy), QList<qint64>{3});
        proxy.setFilterText(QStringLiteral("transit")); // the Tags column
        QCOMPARE(shownIds(proxy), QList<qint64>{2});
        proxy.setFilterText(QStringLiteral("ÄLTER")); // folded beyond ASCII
        QCOMPARE(shownIds(proxy), QList<qint64>{4});
        proxy.setFilterText(QStringLiteral("1200")); // the Comments column as shown
        QCOMPARE(shownIds(proxy), QList<qint64>{3});
        proxy.setFilterText(QStringLiteral("nowhere"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 4);
    }

    void filterKeepsTheSelectionOfARowThatStays()
    {
        ThreadListModel model;
        fill(model);
        ThreadFilterProxyModel proxy(&model);
        const QPersistentModelIndex bicycle = proxy.index(1, 0);
        QCOMPARE(bicycle.data(ThreadListModel::ThreadIdRole).toLongLong(), 2);
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        proxy.setFilterText(QStringLiteral("bicycle"));
        QCOMPARE(layout.count(), 1); // one change for the whole list, however many rows go
        QVERIFY(bicycle.isValid());
        QCOMPARE(bicycle.row(), 0);
    }

    void eachColumnSortsByWhatItSortsBy_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QList<qint64>>("ascending");
        QTest::newRow("title") << int(ThreadListModel::Title) << QList<qint64>{2, 1, 3, 4};
        QTest::newRow("site") << int(ThreadListModel::Site) << QList<qint64>{4, 2, 3, 1};
        QTest::newRow("date, undated first") << int(ThreadListModel::Date) << QList<qint64>{4, 2, 1, 3};
        QTest::newRow("comments") << int(ThreadListModel::Comments) << QList<qint64>{4, 2, 1, 3};
        QTest::newRow("annotations") << int(ThreadListModel::Annotations) << QList<qint64>{3, 4, 1, 2};
        QTest::newRow("tags") << int(ThreadListModel::Tags) << QList<qint64>{3, 4, 1, 2};
    }

    void eachColumnSortsByWhatItSortsBy()
    {
        QFETCH(int, column);
        QFETCH(QList<qint64>, ascending);
        ThreadListModel model;
        fill(model);
        ThreadFilterProxyModel proxy(&model);
        proxy.sort(column, Qt::AscendingOrder);
        QCOMPARE(shownIds(proxy), ascending);
        // The same order as the values the model gives for sorting (stable for ties).
        for (int row = 1; row < proxy.rowCount(); ++row) {
            const QVariant before = proxy.index(row - 1, column).data(Qt::UserRole);
            const QVariant after = proxy.index(row, column).data(Qt::UserRole);
            QVERIFY(QVariant::compare(before, after) != QPartialOrdering::Greater);
        }
        proxy.sort(column, Qt::DescendingOrder);
        QList<qint64> descending = shownIds(proxy);
        QCOMPARE(descending.first(), ascending.last());
    }

    // Equal values keep the model's order both ways (a stable sort, as
    // QSortFilterProxyModel's), and the undated sort before every date.
    void tiesKeepTheModelsOrderAscendingAndDescending_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QList<qint64>>("ascending");
        QTest::addColumn<QList<qint64>>("descending");
        // Model rows: 10 "Same" site a 2020 5 comments, 11 "Same" site b undated 5,
        // 12 "Other" site a 2020 9, 13 "Same" site a undated 5.
        QTest::newRow("title") << int(ThreadListModel::Title) << QList<qint64>{12, 10, 11, 13}
                               << QList<qint64>{10, 11, 13, 12};
        QTest::newRow("site") << int(ThreadListModel::Site) << QList<qint64>{10, 12, 13, 11}
                              << QList<qint64>{11, 10, 12, 13};
        QTest::newRow("date, undated first") << int(ThreadListModel::Date) << QList<qint64>{11, 13, 10, 12}
                                             << QList<qint64>{10, 12, 11, 13};
        QTest::newRow("comments") << int(ThreadListModel::Comments) << QList<qint64>{10, 11, 13, 12}
                                  << QList<qint64>{12, 10, 11, 13};
    }

    void tiesKeepTheModelsOrderAscendingAndDescending()
    {
        QFETCH(int, column);
        QFETCH(QList<qint64>, ascending);
        QFETCH(QList<qint64>, descending);
        ThreadSummary undatedB = summary(11, QStringLiteral("Same"), QStringLiteral("b"), 2020, 5, 0, {});
        undatedB.created = QDateTime();
        ThreadSummary undatedA = summary(13, QStringLiteral("Same"), QStringLiteral("a"), 2020, 5, 0, {});
        undatedA.created = QDateTime();
        ThreadListModel model;
        model.setThreads({summary(10, QStringLiteral("Same"), QStringLiteral("a"), 2020, 5, 0, {}), undatedB,
                          summary(12, QStringLiteral("Other"), QStringLiteral("a"), 2020, 9, 0, {}), undatedA});
        ThreadFilterProxyModel proxy(&model);
        proxy.sort(column, Qt::AscendingOrder);
        QCOMPARE(shownIds(proxy), ascending);
        proxy.sort(column, Qt::DescendingOrder);
        QCOMPARE(shownIds(proxy), descending);
        // Filtered, the rows left keep that order.
        proxy.setFilterText(QStringLiteral("same"));
        descending.removeAll(12);
        QCOMPARE(shownIds(proxy), descending);
    }

    void sortAndFilterKeepTheSelectedRow()
    {
        ThreadListModel model;
        fill(model);
        ThreadFilterProxyModel proxy(&model);
        QItemSelectionModel selection(&proxy);
        selection.setCurrentIndex(proxy.index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(selection.currentIndex().data(ThreadListModel::ThreadIdRole).toLongLong(), 3);
        proxy.sort(ThreadListModel::Title, Qt::AscendingOrder); // 2, 1, 3, 4
        QCOMPARE(selection.currentIndex().row(), 2);
        proxy.sort(ThreadListModel::Comments, Qt::DescendingOrder); // 3, 1, 2, 4
        QCOMPARE(selection.currentIndex().row(), 0);
        QVERIFY(selection.isRowSelected(0));
        proxy.setFilterText(QStringLiteral("reddit")); // 3, 1
        QCOMPARE(selection.currentIndex().data(ThreadListModel::ThreadIdRole).toLongLong(), 3);
        proxy.setFilterText(QStringLiteral("bicycle")); // the selected row goes
        QVERIFY(!selection.currentIndex().isValid());
        QVERIFY(!selection.hasSelection());
        proxy.setFilterText(QString());
        QCOMPARE(shownIds(proxy), (QList<qint64>{3, 1, 2, 4}));
    }

    void readCountsAndReloadsReachTheList()
    {
        ThreadListModel model;
        fill(model);
        ThreadFilterProxyModel proxy(&model);
        proxy.sort(ThreadListModel::Title, Qt::DescendingOrder); // 4, 3, 1, 2
        proxy.setFilterText(QStringLiteral("reddit")); // 3, 1
        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        model.setReadCounts(1, 3, 4);
        QCOMPARE(changed.count(), 1);
        const QModelIndex row = changed.first().at(0).value<QModelIndex>();
        QCOMPARE(row.data(ThreadListModel::ThreadIdRole).toLongLong(), 1);
        QCOMPARE(row.data(ThreadListModel::UnreadCountRole).toInt(), 4);
        // A reload keeps the sort and the filter.
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
        fill(model);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(shownIds(proxy), (QList<qint64>{3, 1}));
    }

    void readCountsFindTheirRowInABigList()
    {
        ThreadListModel model;
        std::vector<ThreadSummary> threads;
        for (int i = 1; i <= 2000; ++i)
            threads.push_back(summary(i * 7, QStringLiteral("Thread %1").arg(i), QString(), 2020, i, 0, {}));
        model.setThreads(threads);
        QCOMPARE(model.rowOfThread(7 * 1500), 1499);
        QCOMPARE(model.rowOfThread(8), -1);
        model.setReadCounts(7 * 1500, 2, 9);
        QCOMPARE(model.index(1499, 0).data(ThreadListModel::UnreadCountRole).toInt(), 9);
    }
};

QTEST_MAIN(TestThreadFilterProxyModel)
#include "tst_threadfilterproxymodel.moc"
