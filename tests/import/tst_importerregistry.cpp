#include "import/importerregistry.h"
#include "import/importsource.h"

#include <QTest>

using namespace Scholia;

class TestImporterRegistry : public QObject
{
    Q_OBJECT

private slots:
    void picksRedditJsonForARedditThread()
    {
        const ImporterRegistry registry = ImporterRegistry::withAllFormats();
        auto source = ImportSource::readFile(QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/small-thread.json"));
        QVERIFY(source.ok());
        const Importer *importer = registry.detect(*source);
        QVERIFY(importer);
        QCOMPARE(importer->formatName(), QStringLiteral("reddit-json"));
        auto threads = registry.parse(*source);
        QVERIFY(threads.ok());
        QCOMPARE(threads->size(), size_t(1));
    }

    void unknownFormatListsWhatWasTried()
    {
        const ImporterRegistry registry = ImporterRegistry::withAllFormats();
        const ImportSource source{QStringLiteral("notes.txt"), QByteArray("Just some notes.\n")};
        QVERIFY(!registry.detect(source));
        auto threads = registry.parse(source);
        QVERIFY(!threads.ok());
        // Every registered format is named, whichever formats the build has.
        QCOMPARE(threads.error().toString(),
                 QStringLiteral("notes.txt: unknown format (tried: %1)").arg(registry.formatNames().join(QStringLiteral(", "))));
        QVERIFY(registry.formatNames().contains(QStringLiteral("reddit-json")));
    }

    void forcedFormatIsUsedAndUnknownNamesAreRefused()
    {
        const ImporterRegistry registry = ImporterRegistry::withAllFormats();
        const ImportSource source{QStringLiteral("x.bin"), QByteArray("[1, 2]")};
        auto forced = registry.parse(source, QStringLiteral("reddit-json"));
        QVERIFY(!forced.ok());
        QCOMPARE(forced.error().format, QStringLiteral("reddit-json"));
        auto unknown = registry.parse(source, QStringLiteral("gopher"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QStringLiteral("no format is called \"gopher\"")));
    }

    void missingFileIsAClearError()
    {
        auto source = ImportSource::readFile(QStringLiteral("/nonexistent/thread.json"));
        QVERIFY(!source.ok());
        QVERIFY(source.error().toString().startsWith(QStringLiteral("/nonexistent/thread.json: cannot read the file")));
    }
};

QTEST_GUILESS_MAIN(TestImporterRegistry)
#include "tst_importerregistry.moc"
