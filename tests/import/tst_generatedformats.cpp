// The benchmark generator's five formats (tests/bench, scholia-gen) read back by the real
// importers: what the generator says it wrote is what an import finds, so the import
// benchmarks measure real threads of the stated size and shape.

#include "import/importerregistry.h"
#include "import/importsource.h"
#include "threadgenerator.h"

#include <QtTest>

using namespace Scholia;

class TestGeneratedFormats : public QObject
{
    Q_OBJECT

private slots:
    void importsAsGenerated_data();
    void importsAsGenerated();
    void sameSeedSameBytes();
};

void TestGeneratedFormats::importsAsGenerated_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("comments");
    const QStringList files{QStringLiteral("thread.json"), QStringLiteral("item.json"),
                            QStringLiteral("topic.json"), QStringLiteral("list.mbox"),
                            QStringLiteral("post.html")};
    const QStringList formats = ThreadGenerator::formatNames();
    for (int i = 0; i < formats.size(); ++i) {
        // 400 comments: enough for one 30–45 deep back-and-forth chain.
        QTest::addRow("%s", qPrintable(formats.at(i))) << formats.at(i) << files.at(i) << 400;
        QTest::addRow("%s-small", qPrintable(formats.at(i))) << formats.at(i) << files.at(i) << 7;
    }
}

void TestGeneratedFormats::importsAsGenerated()
{
    QFETCH(QString, format);
    QFETCH(QString, fileName);
    QFETCH(int, comments);
    const auto which = ThreadGenerator::formatNamed(format);
    QVERIFY(which);
    const ThreadGenerator::Output generated = ThreadGenerator(3).thread(*which, comments);
    QCOMPARE(generated.comments, comments);
    if (comments >= 200)
        QVERIFY2(generated.maxDepth >= 30, "a busy thread has a long reply chain");

    const ImporterRegistry registry = ImporterRegistry::withAllFormats();
    const ImportSource source{fileName, generated.data};
    const Importer *detected = registry.detect(source);
    QVERIFY(detected);
    QCOMPARE(detected->formatName(), format); // detection by content picks the right one
    auto threads = registry.parse(source);
    QVERIFY2(threads, qPrintable(threads ? QString() : threads.error().toString()));
    QCOMPARE(threads->size(), size_t(1));
    const ThreadDocument &doc = threads->front();
    int maxDepth = 0;
    for (const Comment &c : doc.comments)
        maxDepth = qMax(maxDepth, c.depth);
    QCOMPARE(doc.realCommentCount(), generated.comments);
    QCOMPARE(maxDepth, generated.maxDepth);
    QVERIFY(!doc.title.isEmpty());
    QVERIFY(!doc.bodyText.isEmpty());
}

void TestGeneratedFormats::sameSeedSameBytes()
{
    for (const QString &format : ThreadGenerator::formatNames()) {
        const auto which = ThreadGenerator::formatNamed(format);
        QCOMPARE(ThreadGenerator(9).thread(*which, 50).data,
                 ThreadGenerator(9).thread(*which, 50).data);
    }
    // The Reddit writer's bytes did not move: thread() and redditJson() agree.
    QCOMPARE(ThreadGenerator(5).thread(ThreadGenerator::Format::RedditJson, 60).data,
             ThreadGenerator(5).redditJson(60));
}

QTEST_GUILESS_MAIN(TestGeneratedFormats)
#include "tst_generatedformats.moc"
