// The real-world check: every mail archive in ../shared/fixtures/mbox imports with every
// message it holds, as a post or a comment. Skips where that folder is absent.

#include "import/importerregistry.h"
#include "import/importsource.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
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

// Message-IDs in the References and In-Reply-To headers that no Message-ID header has,
// read with a regular expression rather than GMime.
QSet<QString> absentReferences(const QByteArray &data)
{
    static const QRegularExpression header(
        QStringLiteral("^(message-id|references|in-reply-to):((?:.*)(?:\\n[ \\t].*)*)"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression id(QStringLiteral("<([^<>\\s]+)>"));
    QSet<QString> held, referenced;
    const QString text = QString::fromLatin1(data);
    for (const QRegularExpressionMatch &field : header.globalMatch(text)) {
        const bool own =
            field.captured(1).compare(QLatin1String("message-id"), Qt::CaseInsensitive) == 0;
        for (const QRegularExpressionMatch &m : id.globalMatch(field.captured(2)))
            (own ? held : referenced).insert(m.captured(1));
    }
    QSet<QString> absent = referenced - held;
    // Yahoo Mail's "<own id>.ref" on a new message names no other message.
    static const QRegularExpression yahooRef(QStringLiteral("^(.*)\\.ref(@.*)$"));
    for (auto it = absent.begin(); it != absent.end();) {
        const QRegularExpressionMatch ref = yahooRef.match(*it);
        const QString aliased = ref.captured(1) + ref.captured(2);
        if (ref.hasMatch() && (held.contains(aliased) || referenced.contains(aliased)))
            it = absent.erase(it);
        else
            ++it;
    }
    return absent;
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

        // Every Message-ID that a message references and no message has is missing from
        // a thread, and nothing else is (counted here from the raw headers).
        const QSet<QString> absent = absentReferences(source->data);
        QSet<QString> reported;
        int missing = 0, incomplete = 0;
        for (const ThreadDocument &doc : *threads) {
            QCOMPARE(doc.gaps.missingComments, int(doc.gaps.missingIds.size()));
            QCOMPARE(doc.warnings.filter(QStringLiteral("incomplete save: ")).size(),
                     doc.gaps.isWhole() ? 0 : 1);
            missing += doc.gaps.missingComments;
            incomplete += doc.gaps.isWhole() ? 0 : 1;
            for (const QString &id : doc.gaps.missingIds)
                reported.insert(id);
        }
        QCOMPARE(reported, absent);
        const QHash<QString, QList<int>> known{
            // distinct absent ids, their sum over the threads, threads that lack some:
            // httpd's two orphans each reply to four messages of June; asterix's orphan
            // names 14 earlier messages in its References, "Time to deprecate AQL?" one.
            {QStringLiteral("apache-httpd-users-2020-07.mbox"), {8, 8, 2}},
            {QStringLiteral("apache-asterix-dev-2017-09.mbox"), {15, 15, 2}}};
        if (known.contains(name))
            QCOMPARE((QList<int>{int(absent.size()), missing, incomplete}), known.value(name));
        qInfo("%s: %d referenced messages absent, missing from %d thread(s)", qPrintable(name),
              int(absent.size()), incomplete);
    }
};

QTEST_GUILESS_MAIN(TestSharedMboxFixtures)
#include "tst_sharedmboxfixtures.moc"
