// The registry tells every format apart by content, whatever the file is called.

#include "import/importerregistry.h"
#include "import/importsource.h"

#include <QTest>

using namespace Scholia;

class TestFormatDetection : public QObject
{
    Q_OBJECT

private slots:
    void picksTheRightFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("reddit json") << "reddit/small-thread.json"
                                     << "reddit-json";
        QTest::newRow("discourse") << "discourse/topic-deep.json"
                                   << "discourse";
        QTest::newRow("discourse, minimal") << "discourse/minimal.json"
                                            << "discourse";
        QTest::newRow("bdfr") << "bdfr/submission.json"
                              << "bdfr";
        QTest::newRow("bdfr link post") << "bdfr/link-post.json"
                                        << "bdfr";
        QTest::newRow("stack exchange") << "stackexchange/Posts.xml"
                                        << "stackexchange-posts";
    }
    void picksTheRightFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        auto source = ImportSource::readFile(QStringLiteral(SCHOLIA_TEST_FIXTURES "/") + file);
        QVERIFY(source.ok());
        const ImporterRegistry registry = ImporterRegistry::withAllFormats();
        // Content decides, not the name.
        for (const QString &name : {source->path, QStringLiteral("saved.txt")}) {
            const ImportSource renamed{name, source->data};
            const Importer *importer = registry.detect(renamed);
            QVERIFY2(importer, qPrintable(name));
            QCOMPARE(importer->formatName(), format);
        }
    }

    void leavesOtherJsonAndXmlAlone_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("plain object") << QByteArray("{\"name\": \"x\", \"comments\": 3}");
        QTest::newRow("other xml")
            << QByteArray("<?xml version=\"1.0\"?><users><row Id=\"1\" /></users>");
        QTest::newRow("json array") << QByteArray("[1, 2, 3]");
    }
    void leavesOtherJsonAndXmlAlone()
    {
        QFETCH(QByteArray, content);
        const ImporterRegistry registry = ImporterRegistry::withAllFormats();
        QVERIFY(!registry.detect({QStringLiteral("file.json"), content}));
    }
};

QTEST_GUILESS_MAIN(TestFormatDetection)
#include "tst_formatdetection.moc"
