// `scholia export`, run as a user would: import, annotate, then PDF, HTML and Markdown
// files from the command line, with its usage errors.

#include <QFile>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "scholiaprocess.h"

namespace {

using Run = ScholiaRun;

Run scholia(const QStringList &arguments, const QString &db)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("SCHOLIA_DB", db);
    return runScholia(arguments, env, 120000); // a PDF starts a web engine
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath("library.sqlite");
        QCOMPARE(scholia({"import", SCHOLIA_TEST_FIXTURES "/reddit/annotated-thread.json"}, m_db)
                     .exitCode,
                 0);
        const Run annotated =
            scholia({"annotate", "1", "--comment", "e4", "--quote", "Open weights", "--tag",
                     "compute/open-models", "--note", "Compare with the weights thread."},
                    m_db);
        QCOMPARE(annotated.exitCode, 0);
    }

    void markdownAndHtml()
    {
        const QString md = m_dir.filePath("t.md");
        QCOMPARE(scholia({"export", "1", "-o", md, "--annotated-only"}, m_db).exitCode, 0);
        const QString markdown = readAll(md);
        QVERIFY(markdown.contains("> Open weights\n"));
        QVERIFY(markdown.contains("Compare with the weights thread."));
        QVERIFY(!markdown.contains("Compute is the bottleneck"));

        const QString html = m_dir.filePath("t.html");
        QCOMPARE(scholia({"export", "1", "--format", "html", "-o", html}, m_db).exitCode, 0);
        const QString page = readAll(html);
        QVERIFY(page.contains("Compute is the bottleneck")); // whole thread by default
        QVERIFY(!page.contains("<script", Qt::CaseInsensitive));
    }

    void pdf()
    {
        const QString pdf = m_dir.filePath("t.pdf");
        const Run run = scholia({"export", "1", "--format", "pdf", "-o", pdf, "--annotated-only",
                                 "--page-size", "Letter"},
                                m_db);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains("t.pdf"));
        QPdfDocument document;
        QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
        QVERIFY(document.pageCount() > 0);
        QString text;
        for (int page = 0; page < document.pageCount(); ++page)
            text += document.getAllText(page).text() + ' ';
        text = text.simplified();
        QVERIFY(text.contains("Chip export controls, argued"));
        QVERIFY(text.contains("Open weights"));
        QVERIFY(text.contains("Compare with the weights thread."));
        QVERIFY(!text.contains("Subsidies for fabs"));
        QVERIFY(qAbs(document.pagePointSize(0).width() - 612) < 2);
    }

    // A thread saved twice (resave-v2 edits r1): --versions brings the earlier text as a
    // diff in HTML and as a quote in Markdown; without it neither.
    void versionsBringTheEarlierTexts()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("library.sqlite");
        for (const char *save : {"/reddit/resave-v1.json", "/reddit/resave-v2.json"})
            QCOMPARE(scholia({"import", QStringLiteral(SCHOLIA_TEST_FIXTURES) + save}, db).exitCode, 0);
        const QString html = dir.filePath("v.html");
        QCOMPARE(scholia({"export", "1", "-o", html}, db).exitCode, 0);
        QVERIFY(!readAll(html).contains("class=\"diff\""));
        QCOMPARE(scholia({"export", "1", "-o", html, "--versions"}, db).exitCode, 0);
        const QString page = readAll(html);
        QVERIFY(page.contains("Edited since the save of"));
        QVERIFY(page.contains("<ins>"));
        QVERIFY(!page.contains("<script", Qt::CaseInsensitive));
        const QString md = dir.filePath("v.md");
        QCOMPARE(scholia({"export", "1", "-o", md, "--versions"}, db).exitCode, 0);
        QVERIFY(readAll(md).contains("> The bridge opened in 1931.\n"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no output") << QStringList{"export", "1"};
        QTest::newRow("unknown format") << QStringList{"export", "1", "-o", "x.docx"};
        QTest::newRow("bad page size")
            << QStringList{"export", "1", "-o", "x.pdf", "--page-size", "A3"};
        QTest::newRow("subtree without root")
            << QStringList{"export", "1", "-o", "x.md", "--scope", "subtree"};
        QTest::newRow("bad margin") << QStringList{"export", "1", "-o", "x.pdf", "--margin", "-3"};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QCOMPARE(scholia(arguments, m_db).exitCode, 2);
    }

    void unknownCommentForSubtreeFails()
    {
        const Run run =
            scholia({"export", "1", "-o", m_dir.filePath("s.md"), "--from", "nope"}, m_db);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("nope"));
        QVERIFY(!QFile::exists(m_dir.filePath("s.md")));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
