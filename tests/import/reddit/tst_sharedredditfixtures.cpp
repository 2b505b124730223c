// The real-world check: every Reddit thread in ../shared/fixtures/reddit imports with as
// many comments as the file itself holds. Skips where that folder is absent.

#include "import/importerregistry.h"
#include "import/importsource.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Scholia;

namespace {

struct Counts
{
    int comments = 0;       // t1 objects
    int stubs = 0;          // "more" objects
    qint64 stubbed = 0;     // the sum of the stubs' counts
    int countlessStubs = 0; // stubs of count 0 and no ids: "continue this thread"
};

// Counts t1 and more objects anywhere in the JSON, independently of the importer
// (Qt's JSON parser, its own iterative walk over every value).
Counts countThings(const QJsonDocument &json)
{
    Counts counts;
    std::vector<QJsonValue> pending{json.isArray() ? QJsonValue(json.array())
                                                   : QJsonValue(json.object())};
    while (!pending.empty()) {
        const QJsonValue value = pending.back();
        pending.pop_back();
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                pending.push_back(item);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            const QString kind = object.value(QLatin1String("kind")).toString();
            if (object.value(QLatin1String("data")).isObject()) {
                if (kind == QLatin1String("t1")) {
                    ++counts.comments;
                } else if (kind == QLatin1String("more")) {
                    ++counts.stubs;
                    const QJsonObject data = object.value(QLatin1String("data")).toObject();
                    const qint64 count = data.value(QLatin1String("count")).toInteger();
                    counts.stubbed += count;
                    if (count == 0 && data.value(QLatin1String("children")).toArray().isEmpty())
                        ++counts.countlessStubs;
                }
            }
            for (const QJsonValue &item : object)
                pending.push_back(item);
        }
    }
    return counts;
}

} // namespace

class TestSharedRedditFixtures : public QObject
{
    Q_OBJECT

private slots:
    void everyFileImportsWithItsCommentCount_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(SCHOLIA_SHARED_FIXTURES "/reddit"));
        const QStringList files =
            dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            QSKIP("../shared/fixtures/reddit is not here (a fresh clone): nothing to check");
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }
    void everyFileImportsWithItsCommentCount()
    {
        QFETCH(QString, path);
        auto source = ImportSource::readFile(path);
        QVERIFY(source.ok());
        const Counts expected = countThings(QJsonDocument::fromJson(source->data));
        QVERIFY(expected.comments > 0);

        const ImporterRegistry registry = ImporterRegistry::withAllFormats();
        auto threads = registry.parse(*source);
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        QCOMPARE(threads->size(), size_t(1));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.realCommentCount(), expected.comments);
        QCOMPARE(int(doc.comments.size()) - doc.realCommentCount(), expected.stubs);
        QVERIFY(!doc.title.isEmpty());
        QCOMPARE(qint64(doc.gaps.missingComments), expected.stubbed);
        QCOMPARE(doc.gaps.uncountedGaps, expected.countlessStubs);
    }

    // What the real files say they lack, as counted by hand: the post-it thread's 125 stubs
    // (122 counted, 3 count-0 "continue this thread" at depth 10), the Steam Deck thread's
    // one top-level stub of count 77 listing 30 ids.
    void realFilesReportTheirGaps_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("missing");
        QTest::addColumn<int>("uncounted");
        QTest::addColumn<int>("siteTotal");
        QTest::addColumn<int>("missingIds");
        QTest::addColumn<QString>("detail");
        QTest::newRow("post-it") << "self-wife-postit-note-thread.json" << 1660 << 3 << 1655 << 1082
                                 << "122 \"more\" stubs and 3 \"continue this thread\" stubs";
        QTest::newRow("steamdeck") << "steamdeck-2022-toplevel-only-thread.json" << 77 << 0 << 95
                                   << 30 << "1 \"more\" stub";
    }
    void realFilesReportTheirGaps()
    {
        QFETCH(QString, file);
        QFETCH(int, missing);
        QFETCH(int, uncounted);
        QFETCH(int, siteTotal);
        QFETCH(int, missingIds);
        QFETCH(QString, detail);
        const QString path = QStringLiteral(SCHOLIA_SHARED_FIXTURES "/reddit/") + file;
        if (!QFile::exists(path))
            QSKIP("../shared/fixtures/reddit is not here (a fresh clone): nothing to check");
        auto source = ImportSource::readFile(path);
        QVERIFY(source.ok());
        auto threads = ImporterRegistry::withAllFormats().parse(*source);
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.gaps.missingComments, missing);
        QCOMPARE(doc.gaps.uncountedGaps, uncounted);
        QCOMPARE(doc.gaps.siteTotal, std::optional<int>(siteTotal));
        QCOMPARE(int(doc.gaps.missingIds.size()), missingIds);
        for (const QString &id : doc.gaps.missingIds)
            QVERIFY2(!doc.findComment(id), qPrintable(id)); // named as missing, and missing
        const QStringList warnings = doc.warnings.filter(QStringLiteral("incomplete save"));
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first(), doc.gaps.importWarning(doc.sourceKind, detail));
        QVERIFY2(warnings.first().contains(QString::number(missing)), qPrintable(warnings.first()));
    }
};

QTEST_GUILESS_MAIN(TestSharedRedditFixtures)
#include "tst_sharedredditfixtures.moc"
