// The import report reads as a summary: each file imported or not, the warnings grouped
// by kind with counts, what to do; the full list only behind "Details".

#include "app/importing/importbatchreport.h"
#include "app/importing/importreportdialog.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>

using namespace Scholia;

namespace {

FileImportResult imported(const QString &path, const QString &title, const QStringList &warnings)
{
    FileImportResult result;
    result.path = path;
    result.format = QStringLiteral("test");
    result.threads.push_back(ImportedThread{1, title, 10, false});
    result.warnings = warnings;
    return result;
}

FileImportResult failed(const QString &path, const QString &message)
{
    FileImportResult result;
    result.path = path;
    result.error = Error::of(message).inFile(path);
    return result;
}

ImportBatchReport batch()
{
    ImportBatchReport report(4);
    report.add(imported(QStringLiteral("/saved/first.html"), QStringLiteral("How do you read?"),
                        {QStringLiteral("no timestamp handler for 3 of the comments; their times are guessed"),
                         QStringLiteral("skipped an item of kind \"t2\" at [0].data"),
                         QStringLiteral("skipped an item of kind \"more\" at [1].data")}));
    report.add(imported(QStringLiteral("/saved/second.html"), QStringLiteral("Second thread"),
                        {QStringLiteral("no timestamp handler for 12 of the comments; their times are guessed"),
                         QStringLiteral("skipped an item of kind \"t2\" at [4].data")}));
    report.add(failed(QStringLiteral("/saved/broken.json"), QStringLiteral("not a thread: no \"comments\" array")));
    report.add(imported(QStringLiteral("/saved/clean.json"), QStringLiteral("Clean"), {}));
    return report;
}

} // namespace

class TestImportReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void warningsGroupByKind()
    {
        const ImportBatchReport report = batch();
        const auto groups = report.warningGroups();
        QCOMPARE(groups.size(), size_t(2));
        QCOMPARE(groups[0].example, QStringLiteral("skipped an item of kind \"t2\" at [0].data"));
        QCOMPARE(groups[0].count, 3);
        QCOMPARE(groups[0].files, QStringList({"/saved/first.html", "/saved/second.html"}));
        QCOMPARE(groups[1].example, QStringLiteral("no timestamp handler for 3 of the comments; their times are guessed"));
        QCOMPARE(groups[1].count, 2);
        QCOMPARE(ImportBatchReport::warningKind(QStringLiteral("comment t1_ab12 has no time (at [3])")),
                 QStringLiteral("comment # has no time (at #)"));
        // A short label before a colon is the kind.
        QCOMPARE(ImportBatchReport::warningKind(QStringLiteral("incomplete save: 17 comments are not in this save.")),
                 QStringLiteral("incomplete save"));
        QCOMPARE(ImportBatchReport::warningKind(QStringLiteral("lines 12\u201314: the trailer lines need 3 comments")),
                 QStringLiteral("lines #: the trailer lines need # comments"));
        QCOMPARE(report.advice().size(), 2); // a failed file, warnings
    }

    void summaryFirstDetailsOnRequest()
    {
        const ImportBatchReport report = batch();
        ImportReportDialog dialog(report);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.summaryText().contains(QStringLiteral("3 of 4")));

        const QString overview = dialog.overviewText();
        // Per file, imported or not.
        QVERIFY(overview.contains(QStringLiteral("first.html: imported \u201cHow do you read?\u201d (3 warning")));
        QVERIFY(overview.contains(QStringLiteral("broken.json: could not be imported: not a thread")));
        QVERIFY(overview.contains(QStringLiteral("clean.json: imported \u201cClean\u201d")));
        // Grouped, with counts and where.
        QVERIFY(overview.contains(QStringLiteral("skipped an item of kind \"t2\" at [0].data and others like it \u2014 3 time")));
        QVERIFY(overview.contains(QStringLiteral("in 2 files")));
        QVERIFY(!overview.contains(QStringLiteral("[4].data")));
        // What to do.
        QVERIFY(overview.contains(QStringLiteral("What to do")));
        QVERIFY(overview.contains(QStringLiteral("re-import")));

        // The full list, line by line, behind Details.
        QCOMPARE(dialog.problemsText(), report.problems().join(QLatin1Char('\n')));
        QVERIFY(dialog.problemsText().contains(QStringLiteral("[4].data")));
        QVERIFY(!dialog.detailsShown());
        auto *list = dialog.findChild<QPlainTextEdit *>();
        QVERIFY(list);
        QVERIFY(!list->isVisible());
        dialog.setDetailsShown(true);
        QVERIFY(list->isVisible());
        dialog.setDetailsShown(false);
        QVERIFY(!list->isVisible());
    }

    // Hundreds of clean files do not bury the one that failed.
    void manyFilesListOnlyThoseWithSomethingToSay()
    {
        // (Plurals read "file(s)" here: the tests load no English translation.)
        ImportBatchReport report(40);
        for (int i = 0; i < 39; ++i)
            report.add(imported(QStringLiteral("/saved/%1.json").arg(i), QStringLiteral("T%1").arg(i), {}));
        report.add(failed(QStringLiteral("/saved/bad.json"), QStringLiteral("truncated")));
        ImportReportDialog dialog(report);
        const QString overview = dialog.overviewText();
        QVERIFY(overview.contains(QStringLiteral("bad.json: could not be imported: truncated")));
        QVERIFY(overview.contains(QStringLiteral("39 more file")));
        QVERIFY(overview.contains(QStringLiteral("imported without warnings")));
        QVERIFY(!overview.contains(QStringLiteral("7.json")));
    }
};

QTEST_MAIN(TestImportReportDialog)
#include "tst_importreportdialog.moc"
