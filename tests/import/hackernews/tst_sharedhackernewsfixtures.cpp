// The real-world check: every Hacker News file in ../shared/fixtures/hackernews imports
// with as many comments as the file itself holds. Skips where that folder is absent.

#include "import/importerregistry.h"
#include "import/importsource.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Scholia;

namespace {

// Objects inside any "comments" or "children" array (HNPWA, Algolia), counted with Qt's
// parser and an iterative walk of its own.
int countJsonComments(const QJsonDocument &json)
{
    int count = 0;
    std::vector<QJsonObject> pending{json.object()};
    while (!pending.empty()) {
        const QJsonObject object = pending.back();
        pending.pop_back();
        for (const char *key : {"comments", "children"}) {
            for (const QJsonValue &child : object.value(QLatin1String(key)).toArray()) {
                if (child.isObject()) {
                    ++count;
                    pending.push_back(child.toObject());
                }
            }
        }
    }
    return count;
}

// Today's pages mark each comment row "athing comtr"; older ones only put each comment's
// comhead in a td.default (a link story's domain is a comhead too, in its title cell).
int countHtmlComments(const QByteArray &html)
{
    const QString text = QString::fromUtf8(html);
    const int rows = int(text.count(QRegularExpression(QStringLiteral("class=[\"']athing comtr"))));
    if (rows > 0)
        return rows;
    return int(text.count(QRegularExpression(
        QStringLiteral("class=[\"']?default[\"']?><div[^>]*><span class=[\"']?comhead[\"' >]"))));
}

} // namespace

class TestSharedHackerNewsFixtures : public QObject
{
    Q_OBJECT

private slots:
    void everyFileImportsWithItsCommentCount_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("documented"); // the count in ../shared/fixtures/SOURCES.md
        const QDir dir(QStringLiteral(SCHOLIA_SHARED_FIXTURES "/hackernews"));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        if (files.isEmpty())
            QSKIP("../shared/fixtures/hackernews is not here (a fresh clone): nothing to check");
        const QHash<QString, int> documented{
            {QStringLiteral("item-4992617-who-is-hiring-jan-2013.html"), 204},
            {QStringLiteral("item-3412900-who-is-hiring-jan-2012-page1.html"), 97},
            {QStringLiteral("hnpwa-item-26312516-speed-is-the-killer-feature.json"), 485},
        };
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file) << documented.value(file, -1);
    }
    void everyFileImportsWithItsCommentCount()
    {
        QFETCH(QString, path);
        QFETCH(int, documented);
        auto source = ImportSource::readFile(path);
        QVERIFY(source.ok());
        const int expected = path.endsWith(QLatin1String(".json"))
                                 ? countJsonComments(QJsonDocument::fromJson(source->data))
                                 : countHtmlComments(source->data);
        QVERIFY(expected > 0);
        if (documented >= 0)
            QCOMPARE(expected, documented);

        const ImporterRegistry registry = ImporterRegistry::withAllFormats();
        auto threads = registry.parse(*source);
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        QCOMPARE(threads->size(), size_t(1));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.sourceKind, QStringLiteral("hackernews"));
        QCOMPARE(doc.realCommentCount(), expected);
        QVERIFY(!doc.title.isEmpty());
        QVERIFY(!doc.sourceId.isEmpty());
        int authored = 0;
        for (const Comment &c : doc.comments) {
            authored += c.author.isEmpty() ? 0 : 1;
            // The row's own links ("reply", "link") are not part of what was written.
            QVERIFY2(!c.bodyText.trimmed().endsWith(QLatin1String("reply")),
                     qPrintable(c.sourceId));
        }
        QVERIFY(authored > 0);
    }

    void storiesAreReadFromThePage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("maxDepth");
        QTest::addColumn<bool>("more");
        QTest::addColumn<int>("siteTotal"); // the page's "N comments"; -1: none stated
        QTest::newRow("2013") << "item-4992617-who-is-hiring-jan-2013.html"
                              << "4992617"
                              << "Ask HN: Who is hiring? (January 2013)" << 3 << false << 204;
        // Page 1 of a thread split into pages: its subtext says only "comments".
        QTest::newRow("2012") << "item-3412900-who-is-hiring-jan-2012-page1.html"
                              << "3412900"
                              << "Ask HN: Who is Hiring? (January 2012)" << 3 << true << -1;
        // comments_count counts dead and deleted comments the tree leaves out: no gap.
        QTest::newRow("hnpwa") << "hnpwa-item-26312516-speed-is-the-killer-feature.json"
                               << "26312516"
                               << "Speed Is the Killer Feature" << 10 << false << -1;
    }
    void storiesAreReadFromThePage()
    {
        QFETCH(QString, file);
        QFETCH(QString, id);
        QFETCH(QString, title);
        QFETCH(int, maxDepth);
        QFETCH(bool, more);
        QFETCH(int, siteTotal);
        const QString path = QStringLiteral(SCHOLIA_SHARED_FIXTURES "/hackernews/") + file;
        if (!QFile::exists(path))
            QSKIP("../shared/fixtures/hackernews is not here");
        auto source = ImportSource::readFile(path);
        QVERIFY(source.ok());
        auto threads = ImporterRegistry::withAllFormats().parse(*source);
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.sourceId, id);
        QCOMPARE(doc.title, title);
        int deepest = 0;
        for (const Comment &c : doc.comments)
            deepest = qMax(deepest, c.depth);
        // SOURCES.md counts a top-level comment as depth 1; ours is 0.
        QCOMPARE(deepest, maxDepth);
        // The More link says there is more, not how much: one gap, uncounted.
        QCOMPARE(doc.gaps.uncountedGaps, more ? 1 : 0);
        QCOMPARE(doc.gaps.missingComments, 0);
        QCOMPARE(doc.gaps.siteTotal, siteTotal < 0 ? std::nullopt : std::optional<int>(siteTotal));
        const QStringList gapWarnings = doc.warnings.filter(QStringLiteral("incomplete save: "));
        QCOMPARE(gapWarnings.size(), more ? 1 : 0);
        if (more)
            QVERIFY2(gapWarnings.front().contains(
                         QStringLiteral("links to more in 1 place")),
                     qPrintable(gapWarnings.front()));
    }
};

QTEST_GUILESS_MAIN(TestSharedHackerNewsFixtures)
#include "tst_sharedhackernewsfixtures.moc"
