// Reading a file to import: the size limit, gzip unpacked transparently (and bounded),
// other compressed files refused by name, bytes that are not UTF-8 replaced and reported.

#include "import/gzipreader.h"
#include "import/importerregistry.h"
#include "import/importsource.h"
#include "import/utf8repair.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace Scholia;

namespace {

QByteArray gzipped(const QByteArray &data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("deflateInit2");
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    if (deflate(&stream, Z_FINISH) != Z_STREAM_END)
        qFatal("deflate");
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(SCHOLIA_TEST_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no fixture %s", qPrintable(name));
    return file.readAll();
}

} // namespace

class TestImportLimits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void largerThanTheLimitIsRefused()
    {
        const QString path = write(QStringLiteral("big.json"), QByteArray(2 * 1024 * 1024 + 1, ' '));
        const auto source = ImportSource::readFile(path, 1 << 20);
        QVERIFY(!source.ok());
        QCOMPARE(source.error().toString(),
                 path + QStringLiteral(": the file is 3 MB, larger than the import limit of 1 MB "
                                       "(set SCHOLIA_MAX_IMPORT_MB to change it)"));
        QVERIFY(ImportSource::readFile(path, 4 << 20).ok());
        QCOMPARE(ImportSource::maxBytes(), ImportSource::defaultMaxBytes);
    }

    // The bytes are read into an allocation left unfilled (issue 17, round 3); what follows
    // them must still be zeros, which simdjson reads past the end.
    void aReadFileIsFollowedByZeros()
    {
        QByteArray content(100 * 1024, 'x');
        content.back() = '\n';
        const auto source = ImportSource::readFile(write(QStringLiteral("padded.json"), content));
        QVERIFY(source.ok());
        QCOMPARE(source->data, content);
        QVERIFY(source->data.capacity() >= content.size() + ImportSource::paddingBytes);
        const char *after = source->data.constData() + content.size();
        for (qsizetype i = 0; i < ImportSource::paddingBytes; ++i)
            QCOMPARE(int(after[i]), 0);
    }

    void theLimitFromTheEnvironmentNeverOverflows()
    {
        qputenv("SCHOLIA_MAX_IMPORT_MB", "64");
        QCOMPARE(ImportSource::maxBytes(), qint64(64) << 20);
        // Larger than qint64 can hold in bytes: still a huge positive limit, not a negative one.
        qputenv("SCHOLIA_MAX_IMPORT_MB", "9000000000000000");
        QVERIFY(ImportSource::maxBytes() >= qint64(1) << 50);
        qputenv("SCHOLIA_MAX_IMPORT_MB", "not a number");
        QCOMPARE(ImportSource::maxBytes(), ImportSource::defaultMaxBytes);
        qunsetenv("SCHOLIA_MAX_IMPORT_MB");
    }

    void gzipIsUnpackedAndImports()
    {
        const QByteArray json = fixture(QStringLiteral("reddit/small-thread.json"));
        const QString path = write(QStringLiteral("thread.json.gz"), gzipped(json));
        const auto source = ImportSource::readFile(path);
        QVERIFY2(source.ok(), qPrintable(source.ok() ? QString() : source.error().toString()));
        QCOMPARE(source->data, json);
        QVERIFY(source->hasExtension(QLatin1String(".json")));
        const ImporterRegistry registry = ImporterRegistry::withAllFormats();
        QCOMPARE(registry.detect(*source)->formatName(), QStringLiteral("reddit-json"));
        const auto threads = registry.parse(*source);
        QVERIFY(threads.ok());
        QVERIFY(!threads->front().comments.empty());
    }

    void gzipBombStopsAtTheLimit()
    {
        const QString path = write(QStringLiteral("zeros.gz"), gzipped(QByteArray(3 * 1024 * 1024, '\0')));
        QVERIFY(QFileInfo(path).size() < 64 * 1024);
        const auto source = ImportSource::readFile(path, 1 << 20);
        QVERIFY(!source.ok());
        QCOMPARE(source.error().toString(),
                 path + QStringLiteral(": the gzip file unpacks to more than 1 MB, the import limit"));
    }

    void damagedGzipIsAnError()
    {
        QByteArray packed = gzipped(fixture(QStringLiteral("reddit/small-thread.json")));
        packed.chop(packed.size() / 2);
        const auto source = ImportSource::readFile(write(QStringLiteral("cut.json.gz"), packed));
        QVERIFY(!source.ok());
        QVERIFY2(source.error().message.contains(QLatin1String("damaged or cut short")),
                 qPrintable(source.error().toString()));
        QVERIFY(source.error().byteOffset > 0);
    }

    void otherCompressedFilesAreRefusedByName_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("kind");
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) << "ZIP";
        QTest::newRow("bzip2") << QByteArray("BZh91AY&SY") << "bzip2";
        QTest::newRow("xz") << QByteArray("\xFD" "7zXZ\x00\x00", 7) << "xz";
        QTest::newRow("7z") << QByteArray("7z\xBC\xAF\x27\x1C\x00\x04", 8) << "7-Zip";
        QTest::newRow("zstd") << QByteArray("\x28\xB5\x2F\xFD\x00", 5) << "zstd";
    }
    void otherCompressedFilesAreRefusedByName()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, kind);
        const QString path = write(QStringLiteral("saved.json"), bytes + QByteArray(100, 'x'));
        const auto source = ImportSource::readFile(path);
        QVERIFY(!source.ok());
        QCOMPARE(source.error().toString(),
                 path + QStringLiteral(": a %1 file: unsupported compressed file (unpack it and import what it "
                                       "holds; gzip is read directly)").arg(kind));
    }

    void invalidUtf8IsReplacedAndReported()
    {
        QByteArray json = fixture(QStringLiteral("reddit/small-thread.json"));
        const qsizetype at = json.indexOf("\"title\": \"") + 10;
        QVERIFY(at > 10);
        json.insert(at, "\xE9"); // a Latin-1 é at the start of the post's title
        const auto threads = ImporterRegistry::withAllFormats().parse(ImportSource(QStringLiteral("t.json"), json));
        QVERIFY2(threads.ok(), qPrintable(threads.ok() ? QString() : threads.error().toString()));
        QCOMPARE(threads->front().warnings.first(),
                 QStringLiteral("1 byte sequence(s) that were not UTF-8 replaced by U+FFFD (the first at byte %1)").arg(at));
        QVERIFY(threads->front().title.startsWith(QChar::ReplacementCharacter));
    }

    void textDumpWithALatin1ByteImportsThroughTheRegistry()
    {
        const QByteArray text("A title\nCaf\xE9 au lait, said the post.\nA reply.\n");
        const auto threads = ImporterRegistry::withAllFormats().parse(ImportSource(QStringLiteral("dump.txt"), text));
        QVERIFY(threads.ok());
        QVERIFY(threads->front().bodyText.contains(QStringLiteral("Caf\uFFFD au lait")));
        QVERIFY(threads->front().warnings.first().contains(QLatin1String("at byte 11")));
    }

    void firstInvalidByte_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("expected"); // -1: all UTF-8
        QTest::newRow("ascii") << QByteArray("plain") << -1;
        QTest::newRow("utf-8") << QByteArray("caf\xC3\xA9 \xF0\x9F\x98\x80") << -1;
        QTest::newRow("latin-1") << QByteArray("caf\xE9 x") << 3;
        QTest::newRow("stray continuation") << QByteArray("ab\x80" "c") << 2;
        QTest::newRow("cut at the end") << QByteArray("ends \xE2\x82") << 5;
        QTest::newRow("overlong") << QByteArray("x\xC0\xAF") << 1;
    }
    void firstInvalidByte()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, expected);
        const auto found = Utf8Repair::firstInvalidByte(bytes);
        QCOMPARE(found ? int(*found) : -1, expected);
    }
};

QTEST_GUILESS_MAIN(TestImportLimits)
#include "tst_importlimits.moc"
