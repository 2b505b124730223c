#include "export/threadhtmlexporter.h"
#include "import/importsource.h"
#include "import/reddit/redditjsonimporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Scholia;

class TestThreadHtmlExporter : public QObject
{
    Q_OBJECT

private slots:
    void writesOneSelfContainedFileWithoutScript()
    {
        auto source = ImportSource::readFile(QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/small-thread.json"));
        const ThreadDocument thread = RedditJsonImporter().parse(*source).value().front();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("thread.html"));
        QVERIFY(ThreadHtmlExporter::write(thread, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(QStringLiteral("<style>")));
        QVERIFY(html.contains(QStringLiteral(".comment {")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<link")));
        QVERIFY(html.contains(QStringLiteral("script-src 'none'")));
        for (const Comment &c : thread.comments)
            QVERIFY(html.contains(QStringLiteral("id=\"c-%1\"").arg(c.sourceId)));
        // No leftover temporary file beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("thread.html")});
    }

    void unwritablePlaceIsAnErrorAndLeavesNothing()
    {
        ThreadDocument thread;
        thread.title = QStringLiteral("t");
        const auto written = ThreadHtmlExporter::write(thread, QStringLiteral("/proc/no-such-dir/thread.html"));
        QVERIFY(!written.ok());
        QVERIFY(written.error().message.contains(QStringLiteral("cannot write")));
    }
};

QTEST_GUILESS_MAIN(TestThreadHtmlExporter)
#include "tst_threadhtmlexporter.moc"
