// The registry tells the Hacker News variants apart from each other and from Reddit JSON.

#include "import/importer.h"
#include "import/importerregistry.h"
#include "import/importsource.h"

#include <QDir>
#include <QTest>

using namespace Scholia;

class TestHackerNewsDetection : public QObject
{
    Q_OBJECT

private:
    const ImporterRegistry m_registry = ImporterRegistry::withAllFormats();

    QString detectedFormat(const QString &path)
    {
        auto source = ImportSource::readFile(path);
        if (!source)
            return source.error().toString();
        const Importer *importer = m_registry.detect(*source);
        return importer ? importer->formatName() : QStringLiteral("(none)");
    }

private slots:
    void picksTheRightFormat_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        const QString ours = QStringLiteral(SCHOLIA_TEST_FIXTURES "/hackernews/");
        QTest::newRow("algolia") << ours + "algolia-item.json"
                                 << "hn-algolia";
        QTest::newRow("algolia broken") << ours + "algolia-broken.json"
                                        << "hn-algolia";
        QTest::newRow("items lines") << ours + "items-lines.jsonl"
                                     << "hn-items";
        QTest::newRow("items resaved") << ours + "items-lines-resaved.jsonl"
                                       << "hn-items";
        QTest::newRow("items array") << ours + "items-array.json"
                                     << "hn-items";
        QTest::newRow("items broken") << ours + "items-broken.jsonl"
                                      << "hn-items";
        QTest::newRow("hnpwa") << ours + "hnpwa-item.json"
                               << "hnpwa";
        QTest::newRow("hnpwa broken") << ours + "hnpwa-broken.json"
                                      << "hnpwa";
        QTest::newRow("html") << ours + "html-item.html"
                              << "hn-html";
        QTest::newRow("reddit") << QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/small-thread.json")
                                << "reddit-json";
        QTest::newRow("reddit resaved")
            << QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/small-thread-resaved.json")
            << "reddit-json";
        const QDir shared(QStringLiteral(SCHOLIA_SHARED_FIXTURES));
        const QString hn = shared.filePath(QStringLiteral("hackernews/"));
        if (QFile::exists(hn)) {
            QTest::newRow("shared hnpwa")
                << hn + "hnpwa-item-26312516-speed-is-the-killer-feature.json"
                << "hnpwa";
            QTest::newRow("shared html 2013") << hn + "item-4992617-who-is-hiring-jan-2013.html"
                                              << "hn-html";
            QTest::newRow("shared html 2012")
                << hn + "item-3412900-who-is-hiring-jan-2012-page1.html"
                << "hn-html";
        }
        const QDir reddit(shared.filePath(QStringLiteral("reddit")));
        for (const QString &file :
             reddit.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(QStringLiteral("shared ") + file))
                << reddit.filePath(file) << "reddit-json";
    }
    void picksTheRightFormat()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QCOMPARE(detectedFormat(path), format);
    }

    // Other formats' fixtures must not be mistaken for Hacker News.
    void leavesOtherFormatsAlone()
    {
        const QDir ours(QStringLiteral(SCHOLIA_TEST_FIXTURES));
        for (const QString &folder : ours.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (folder == QLatin1String("hackernews"))
                continue;
            const QDir dir(ours.filePath(folder));
            for (const QString &file : dir.entryList(QDir::Files)) {
                const QString format = detectedFormat(dir.filePath(file));
                QVERIFY2(!format.startsWith(QLatin1String("hn")),
                         qPrintable(file + QStringLiteral(" → ") + format));
            }
        }

        const QDir shared(QStringLiteral(SCHOLIA_SHARED_FIXTURES));
        if (!shared.exists())
            QSKIP("../shared/fixtures is not here");
        for (const QString &folder : {QStringLiteral("discourse"), QStringLiteral("mbox"),
                                      QStringLiteral("stackexchange"), QStringLiteral("reddit")}) {
            const QDir dir(shared.filePath(folder));
            for (const QString &file : dir.entryList(QDir::Files)) {
                const QString format = detectedFormat(dir.filePath(file));
                QVERIFY2(!format.startsWith(QLatin1String("hn")),
                         qPrintable(file + QStringLiteral(" → ") + format));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestHackerNewsDetection)
#include "tst_hackernewsdetection.moc"
