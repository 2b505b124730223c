// ParallelSanitizer and the importers that use it: sanitizing on other threads must give
// exactly what sanitizing each body in turn gives, in the same order, on success and on
// failure alike.

#include "html/htmlentitydecoder.h"
#include "import/importerregistry.h"
#include "import/importsource.h"
#include "import/parallelsanitizer.h"
#include "threadgenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <utility>
#include <vector>

using namespace Scholia;

namespace {

// Bodies that take the sanitizer's different paths, some of them long.
QStringList varietyOfBodies(int count)
{
    const QStringList shapes{
        QString(),
        QStringLiteral("plain text"),
        QStringLiteral("<p>one</p><p>two &amp; <em>three</em></p>"),
        QStringLiteral("<script>alert(1)</script><a href=\"javascript:x\">link</a>"),
        QStringLiteral("<table><tr><td>cell<img src=\"https://e.org/i.png\" alt=\"i\"></td></tr>"),
        QStringLiteral("line&#13;break\r\nand <noscript><p></noscript> rest"),
        QStringLiteral("<div>").repeated(200) + QStringLiteral("deep"),
        QStringLiteral("<blockquote><p>quoted</p></blockquote><pre>code\n  kept</pre>"),
    };
    QStringList bodies;
    for (int i = 0; i < count; ++i)
        bodies << shapes.at(i % shapes.size()) + QString::number(i).repeated(i % 7);
    return bodies;
}

struct Delivered
{
    qsizetype slot;
    SanitizedHtml body;
};

std::vector<Delivered> finishAll(ParallelSanitizer &sanitizer)
{
    std::vector<Delivered> delivered;
    sanitizer.finish([&delivered](qsizetype slot, SanitizedHtml &&body) {
        delivered.push_back({slot, std::move(body)});
    });
    return delivered;
}

// Sets $SCHOLIA_IMPORT_THREADS for one parse, as a user could.
class ImportThreads
{
public:
    explicit ImportThreads(int count)
        : m_had(qEnvironmentVariableIsSet("SCHOLIA_IMPORT_THREADS")),
          m_was(qgetenv("SCHOLIA_IMPORT_THREADS"))
    {
        qputenv("SCHOLIA_IMPORT_THREADS", QByteArray::number(count));
    }
    ~ImportThreads()
    {
        if (m_had)
            qputenv("SCHOLIA_IMPORT_THREADS", m_was);
        else
            qunsetenv("SCHOLIA_IMPORT_THREADS");
    }

private:
    bool m_had;
    QByteArray m_was;
};

Result<std::vector<ThreadDocument>> parseWith(int threads, const QString &format,
                                              const QByteArray &data)
{
    const ImportThreads set(threads);
    return ImporterRegistry::withAllFormats().parse(ImportSource(QStringLiteral("thread"), data),
                                                    format);
}

QByteArray fixture(const QString &path)
{
    QFile file(QStringLiteral(SCHOLIA_TEST_FIXTURES "/") + path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray generated(ThreadGenerator::Format format, int comments)
{
    return ThreadGenerator(5).thread(format, comments).data;
}

QByteArray redditThread(const QByteArray &comments)
{
    return R"([{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {"id": "p1",
        "title": "T", "author": "op", "selftext_html": "&lt;p&gt;post&lt;/p&gt;"}}]}},
        {"kind": "Listing", "data": {"children": [)" +
           comments + "]}}]";
}

QByteArray hackerNewsThread(const QByteArray &children)
{
    return R"({"id": 1, "created_at_i": 1700000000, "story_id": 1, "type": "story",
        "author": "op", "title": "T", "text": "<p>post</p>", "children": [)" +
           children + "]}";
}

// Each comment's body sanitized on its own, read from the JSON by Qt's parser rather than
// the importer's, by comment id: what a sequential import stores. Empty for other formats.
QHash<QString, SanitizedHtml> sequentialBodies(const QString &format, const QByteArray &data)
{
    QHash<QString, SanitizedHtml> bodies;
    const QJsonDocument json = QJsonDocument::fromJson(data);
    std::vector<QJsonValue> pending; // a stack: reply chains are deep
    if (format == QLatin1String("reddit-json") && json.isArray())
        pending.push_back(json.array().at(1));
    else if (format == QLatin1String("hn-algolia") && json.isObject())
        pending.push_back(json.object().value(QLatin1String("children")));
    while (!pending.empty()) {
        const QJsonValue value = std::move(pending.back());
        pending.pop_back();
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                pending.push_back(item);
            continue;
        }
        if (!value.isObject())
            continue; // Reddit's "" for no replies, or a key that is absent
        const QJsonObject object = value.toObject();
        if (format == QLatin1String("hn-algolia")) {
            const QString text = object.value(QLatin1String("text")).toString();
            bodies.insert(QString::number(object.value(QLatin1String("id")).toInteger()),
                          text.isEmpty() ? SanitizedHtml() : HtmlSanitizer::sanitize(text));
            pending.push_back(object.value(QLatin1String("children")));
            continue;
        }
        const QJsonObject fields = object.value(QLatin1String("data")).toObject();
        if (object.value(QLatin1String("kind")).toString() == QLatin1String("t1")) {
            const QString html = fields.value(QLatin1String("body_html")).toString();
            bodies.insert(fields.value(QLatin1String("id")).toString(),
                          html.isEmpty()
                              ? HtmlSanitizer::fromPlainText(HtmlEntityDecoder::decode(
                                    fields.value(QLatin1String("body")).toString()))
                              : HtmlSanitizer::sanitize(HtmlEntityDecoder::decode(html)));
            pending.push_back(fields.value(QLatin1String("replies")));
        } else {
            pending.push_back(fields.value(QLatin1String("children"))); // a Listing
        }
    }
    return bodies;
}

} // namespace

class TestParallelSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void handsBackEveryBodyInOrder_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<QStringList>("bodies");
        for (int threads : {1, 2, 4}) {
            QTest::addRow("none, %d threads", threads) << threads << QStringList();
            QTest::addRow("one, %d threads", threads) << threads << varietyOfBodies(2).mid(1);
            QTest::addRow("many, %d threads", threads) << threads << varietyOfBodies(600);
        }
    }

    void handsBackEveryBodyInOrder()
    {
        QFETCH(int, threads);
        QFETCH(QStringList, bodies);
        ParallelSanitizer sanitizer(threads);
        // Slots are the caller's: not necessarily 0, 1, 2…
        for (int i = 0; i < bodies.size(); ++i)
            sanitizer.add(qsizetype(i) * 3 + 1, bodies.at(i));
        const std::vector<Delivered> delivered = finishAll(sanitizer);
        QCOMPARE(delivered.size(), size_t(bodies.size()));
        for (int i = 0; i < bodies.size(); ++i) {
            const SanitizedHtml expected = HtmlSanitizer::sanitize(bodies.at(i));
            QCOMPARE(delivered[size_t(i)].slot, qsizetype(i) * 3 + 1);
            QCOMPARE(delivered[size_t(i)].body.html, expected.html);
            QCOMPARE(delivered[size_t(i)].body.text, expected.text);
        }
    }

    void canBeUsedAgain()
    {
        ParallelSanitizer sanitizer(2);
        const QStringList bodies = varietyOfBodies(40);
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < bodies.size(); ++i)
                sanitizer.add(i, bodies.at(i));
            const std::vector<Delivered> delivered = finishAll(sanitizer);
            QCOMPARE(delivered.size(), size_t(bodies.size()));
            QCOMPARE(delivered.back().body.text, HtmlSanitizer::sanitize(bodies.back()).text);
        }
        QVERIFY(finishAll(sanitizer).empty());
    }

    // An importer that fails half-way destroys its sanitizer with work queued.
    void stopsWithWorkQueued()
    {
        const QStringList bodies = varietyOfBodies(2000);
        for (int threads : {1, 2, 4}) {
            ParallelSanitizer sanitizer(threads);
            for (int i = 0; i < bodies.size(); ++i)
                sanitizer.add(i, bodies.at(i));
        }
    }

    void defaultThreadCount()
    {
        {
            const ImportThreads set(3);
            QCOMPARE(ParallelSanitizer::defaultThreadCount(), 3);
        }
        {
            const ImportThreads set(0); // not a count: the machine's
            QVERIFY(ParallelSanitizer::defaultThreadCount() >= 1);
        }
    }

    void importsTheSameDocument_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("parses");
        QTest::addColumn<int>("comments"); // -1: as many as the file holds
        using Format = ThreadGenerator::Format;
        const QString reddit = QStringLiteral("reddit-json");
        const QString algolia = QStringLiteral("hn-algolia");
        const QString rdrama = QStringLiteral("rdrama-html");
        QTest::newRow("reddit, generated")
            << reddit << generated(Format::RedditJson, 500) << true << -1;
        QTest::newRow("reddit, fixture")
            << reddit << fixture("reddit/small-thread.json") << true << -1;
        QTest::newRow("reddit, hostile")
            << reddit << fixture("hostile/reddit-json/hostile.json") << true << -1;
        QTest::newRow("reddit, no comments") << reddit << redditThread("") << true << 0;
        QTest::newRow("reddit, one comment")
            << reddit << redditThread(R"({"kind": "t1", "data": {"id": "c1", "parent_id": "t3_p1",
                "author": "a", "body": "hi", "body_html": "&lt;p&gt;hi &lt;b&gt;there&lt;/b&gt;&lt;/p&gt;"}})")
            << true << 1;
        QTest::newRow("reddit, one comment without html")
            << reddit << redditThread(R"({"kind": "t1", "data": {"id": "c1", "parent_id": "t3_p1",
                "author": "a", "body": "a &lt;b&gt; plain\r\nbody"}})")
            << true << 1;
        QTest::newRow("hn-algolia, generated")
            << algolia << generated(Format::HackerNewsAlgolia, 500) << true << -1;
        QTest::newRow("hn-algolia, fixture")
            << algolia << fixture("hackernews/algolia-item.json") << true << -1;
        QTest::newRow("hn-algolia, hostile")
            << algolia << fixture("hostile/hn-algolia/hostile.json") << true << -1;
        QTest::newRow("hn-algolia, no comments") << algolia << hackerNewsThread("") << true << 0;
        QTest::newRow("hn-algolia, one comment")
            << algolia << hackerNewsThread(R"({"id": 2, "created_at_i": 1700000001, "author": "a",
                "text": "<p>hi <i>there</i>", "children": []})")
            << true << 1;
        QTest::newRow("hn-algolia, one deleted comment")
            << algolia
            << hackerNewsThread(R"({"id": 2, "created_at_i": 1700000001, "children": []})") << true
            << 1;
        QTest::newRow("rdrama, generated")
            << rdrama << generated(Format::RdramaHtml, 500) << true << -1;
        QTest::newRow("rdrama, fixture") << rdrama << fixture("rdrama/page.html") << true << -1;
        QTest::newRow("rdrama, hostile")
            << rdrama << fixture("hostile/rdrama-html/hostile.html") << true << -1;
        // Failing imports: the sanitizer is dropped with work queued, the error is the same.
        QTest::newRow("reddit, broken")
            << reddit << fixture("reddit/missing-parent.json") << false << -1;
        QTest::newRow("reddit, truncated")
            << reddit << fixture("reddit/truncated.json") << false << -1;
        // Bodies are queued before the walk meets the comment without an id.
        QTest::newRow("reddit, comment without id")
            << reddit << redditThread(R"({"kind": "t1", "data": {"id": "c1", "body_html": "x"}},
                                         {"kind": "t1", "data": {"author": "a"}})")
            << false << -1;
        QTest::newRow("hn-algolia, broken")
            << algolia << fixture("hackernews/algolia-broken.json") << false << -1;
        QTest::newRow("rdrama, broken") << rdrama << fixture("rdrama/broken.html") << false << -1;
    }

    void importsTheSameDocument()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, data);
        QFETCH(bool, parses);
        QFETCH(int, comments);
        QVERIFY(!data.isEmpty());
        // 1: every body sanitized in turn on the importer's thread, as before issue #8.
        const auto sequential = parseWith(1, format, data);
        QVERIFY2(sequential.ok() == parses,
                 qPrintable(sequential ? QString() : sequential.error().toString()));
        const QHash<QString, SanitizedHtml> bodies = sequentialBodies(format, data);
        if (parses && format != QLatin1String("rdrama-html")) {
            int compared = 0;
            for (const Comment &comment : sequential->front().comments) {
                const auto body = bodies.constFind(comment.sourceId);
                if (body == bodies.constEnd())
                    continue; // a placeholder
                QCOMPARE(comment.bodyHtml, body->html);
                QCOMPARE(comment.bodyText, body->text);
                QCOMPARE(comment.bodyHtml.isNull(), body->html.isNull());
                ++compared;
            }
            QCOMPARE(compared, int(bodies.size()));
            QCOMPARE(compared, sequential->front().realCommentCount());
        }
        if (parses && comments >= 0) {
            QCOMPARE(sequential->front().comments.size(), size_t(comments));
            for (const Comment &comment : sequential->front().comments)
                QVERIFY(comment.state == CommentState::Deleted || !comment.bodyText.isEmpty());
        }
        for (int threads : {2, 4}) {
            const auto parallel = parseWith(threads, format, data);
            QCOMPARE(parallel.ok(), sequential.ok());
            if (!sequential) {
                QCOMPARE(parallel.error().toString(), sequential.error().toString());
                continue;
            }
            QCOMPARE(parallel->size(), sequential->size());
            for (size_t t = 0; t < sequential->size(); ++t) {
                const ThreadDocument &expected = sequential->at(t);
                const ThreadDocument &actual = parallel->at(t);
                QVERIFY(actual == expected);
                QCOMPARE(actual.warnings, expected.warnings);
                // operator== takes a null string for an empty one; the store might not.
                for (size_t c = 0; c < expected.comments.size(); ++c) {
                    QCOMPARE(actual.comments[c].bodyHtml.isNull(),
                             expected.comments[c].bodyHtml.isNull());
                    QCOMPARE(actual.comments[c].bodyText.isNull(),
                             expected.comments[c].bodyText.isNull());
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestParallelSanitizer)
#include "tst_parallelsanitizer.moc"
