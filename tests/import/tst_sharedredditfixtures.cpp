// The real-world check: every Reddit thread in ../shared/fixtures/reddit imports with as
// many comments as the file itself holds. Skips where that folder is absent.

#include "import/importerregistry.h"
#include "import/importsource.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Scholia;

namespace {

struct Counts
{
    int comments = 0; // t1 objects
    int stubs = 0;    // "more" objects
};

// Counts t1 and more objects anywhere in the JSON, independently of the importer
// (Qt's JSON parser, its own iterative walk over every value).
Counts countThings(const QJsonDocument &json)
{
    Counts counts;
    std::vector<QJsonValue> pending{json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object())};
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
                if (kind == QLatin1String("t1"))
                    ++counts.comments;
                else if (kind == QLatin1String("more"))
                    ++counts.stubs;
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
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
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
    }
};

QTEST_GUILESS_MAIN(TestSharedRedditFixtures)
#include "tst_sharedredditfixtures.moc"
