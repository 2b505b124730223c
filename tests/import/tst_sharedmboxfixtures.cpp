// The real-world check: every mail archive in ../shared/fixtures/mbox imports with every
// message it holds, as a post or a comment. Skips where that folder is absent.

#include "import/importerregistry.h"
#include "import/importsource.h"

#include <QDir>
#include <QHash>
#include <QTest>

using namespace Scholia;

namespace {

// Messages in an mbox, counted as the format defines them and independently of GMime:
// every line that starts with "From " begins one (a body's own such lines are escaped
// as ">From " when the mbox is written).
int countSeparators(const QByteArray &data)
{
    int count = 0;
    qsizetype lineStart = 0;
    while (lineStart < data.size()) {
        if (data.mid(lineStart, 5) == "From ")
            ++count;
        const qsizetype newline = data.indexOf('\n', lineStart);
        if (newline < 0)
            break;
        lineStart = newline + 1;
    }
    return count;
}

} // namespace

class TestSharedMboxFixtures : public QObject
{
    Q_OBJECT

private slots:
    void everyFileImportsEveryMessage_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(SCHOLIA_SHARED_FIXTURES "/mbox"));
        const QStringList files =
            dir.entryList({QStringLiteral("*.mbox")}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            QSKIP("../shared/fixtures/mbox is not here (a fresh clone): nothing to check");
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }
    void everyFileImportsEveryMessage()
    {
        QFETCH(QString, path);
        auto source = ImportSource::readFile(path);
        QVERIFY(source.ok());
        const int expected = countSeparators(source->data);
        QVERIFY(expected > 0);

        const ImporterRegistry registry = ImporterRegistry::withAllFormats();
        QCOMPARE(registry.detect(*source)->formatName(), QStringLiteral("mbox"));
        auto threads = registry.parse(*source);
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        int messages = 0;
        for (const ThreadDocument &doc : *threads) {
            messages += 1 + int(doc.comments.size());
            QVERIFY(!doc.title.isEmpty());
            QVERIFY(!doc.site.isEmpty());
        }
        QCOMPARE(messages, expected);
        // Thread roots (orphans included) as ../shared/fixtures/SOURCES.md counts them.
        const QHash<QString, int> knownRoots{
            {QStringLiteral("apache-httpd-users-2020-07.mbox"), 41},
            {QStringLiteral("apache-asterix-dev-2017-09.mbox"), 21}};
        const QString name = QFileInfo(path).fileName();
        if (knownRoots.contains(name))
            QCOMPARE(int(threads->size()), knownRoots.value(name));
        qInfo("%s: %d messages in %d threads", qPrintable(name), messages, int(threads->size()));
    }
};

QTEST_GUILESS_MAIN(TestSharedMboxFixtures)
#include "tst_sharedmboxfixtures.moc"
