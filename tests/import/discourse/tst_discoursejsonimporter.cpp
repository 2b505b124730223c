#include "core/commenttree.h"
#include "import/discourse/discoursejsonimporter.h"
#include "import/importsource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Scholia;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/discourse/") + name;
}

Result<std::vector<ThreadDocument>> parseFixture(const QString &name)
{
    auto source = ImportSource::readFile(fixture(name));
    if (!source)
        return source.error();
    return DiscourseJsonImporter().parse(*source);
}

const QString incomplete = QStringLiteral("incomplete save: ");

int gapWarnings(const ThreadDocument &doc)
{
    return int(doc.warnings.filter(incomplete).size());
}

// What GET /t/slug/ID.json answers for a long topic: its first `kept` posts, with
// post_stream.stream still listing every post id (built from the posts where the file
// has none).
QByteArray firstPageOf(const QByteArray &wholeTopic, int kept)
{
    QJsonObject topic = QJsonDocument::fromJson(wholeTopic).object();
    QJsonObject stream = topic.value(QLatin1String("post_stream")).toObject();
    const QJsonArray posts = stream.value(QLatin1String("posts")).toArray();
    if (!stream.contains(QLatin1String("stream"))) {
        QJsonArray ids;
        for (const QJsonValue &post : posts)
            ids.append(post.toObject().value(QLatin1String("id")));
        stream.insert(QLatin1String("stream"), ids);
    }
    QJsonArray firstPosts;
    for (qsizetype i = 0; i < posts.size() && i < kept; ++i)
        firstPosts.append(posts.at(i));
    stream.insert(QLatin1String("posts"), firstPosts);
    topic.insert(QLatin1String("post_stream"), stream);
    return QJsonDocument(topic).toJson(QJsonDocument::Compact);
}

} // namespace

class TestDiscourseJsonImporter : public QObject
{
    Q_OBJECT

private slots:
    void readsTheTopicFromTheFirstPost()
    {
        auto threads = parseFixture(QStringLiteral("topic-deep.json"));
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        QCOMPARE(threads->size(), size_t(1));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.sourceKind, QStringLiteral("discourse"));
        QCOMPARE(doc.sourceId, QStringLiteral("forum.example.org/57"));
        QCOMPARE(doc.site, QStringLiteral("forum.example.org"));
        QCOMPARE(doc.url, QUrl(QStringLiteral("https://forum.example.org/t/which-grinder/57")));
        QCOMPARE(doc.title, QStringLiteral("Which grinder \u2014 caf\u00e9 edition"));
        QCOMPARE(doc.author, QStringLiteral("alice"));
        QCOMPARE(doc.created, QDateTime(QDate(2021, 3, 4), QTime(10, 0), QTimeZone::utc()));
        QCOMPARE(
            doc.bodyText,
            QStringLiteral("Which caf\u00e9 grinder? Fish & chips <3 \u2014 na\u00efve question."));
        QVERIFY(!doc.bodyHtml.contains(QStringLiteral("script")));
    }

    void buildsTheTreeFromReplyNumbers()
    {
        auto threads = parseFixture(QStringLiteral("topic-deep.json"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        QVERIFY(CommentTree::validate(doc.comments).ok());
        QStringList order;
        QList<int> depths;
        for (const Comment &c : doc.comments) {
            order << c.sourceId;
            depths << c.depth;
        }
        // Post 4 is a "closed" notice: left out. Post 8 replies to post 1, i.e. the topic.
        QCOMPARE(order, QStringList({"2", "3", "5", "6", "7", "8"}));
        QCOMPARE(depths, QList<int>({0, 1, 2, 3, 0, 0}));
        QCOMPARE(doc.findComment("3")->url,
                 QUrl(QStringLiteral("https://forum.example.org/t/which-grinder/57/3")));
    }

    void warnsAboutNoticesAndMissingParents()
    {
        auto threads = parseFixture(QStringLiteral("topic-deep.json"));
        QVERIFY(threads.ok());
        const QString warnings = threads->front().warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("left out 1 moderator or small-action notice")),
                 qPrintable(warnings));
        QVERIFY2(warnings.contains(
                     QStringLiteral("post 7 replies to post 40, which is not in the file")),
                 qPrintable(warnings));
    }

    void readsStatesEditsAndEntities()
    {
        auto threads = parseFixture(QStringLiteral("topic-deep.json"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        const Comment *edited = doc.findComment("2");
        QVERIFY(edited->wasEdited);
        QCOMPARE(edited->edited, QDateTime(QDate(2021, 3, 5), QTime(9, 30), QTimeZone::utc()));
        QCOMPARE(edited->bodyText,
                 QStringLiteral(
                     "A burr grinder. \u00c7a marche tr\u00e8s bien. \u65e5\u672c\u8a9e\u3082OK."));
        QVERIFY(!doc.findComment("3")->wasEdited);
        QVERIFY(!doc.findComment("3")->bodyHtml.contains(QStringLiteral("javascript")));
        QCOMPARE(doc.findComment("5")->state, CommentState::Deleted);
        QCOMPARE(doc.findComment("6")->state, CommentState::Removed);
        QCOMPARE(doc.findComment("2")->state, CommentState::Normal);
        QVERIFY(!doc.findComment("7")->created.isValid()); // no created_at: unknown, not an error
        QCOMPARE(doc.findComment("8")->bodyText, QStringLiteral("Thanks \U0001F600"));
    }

    void toleratesMissingOptionalFields()
    {
        auto threads = parseFixture(QStringLiteral("minimal.json"));
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.sourceId, QStringLiteral("12")); // no host known
        QCOMPARE(doc.site, QStringLiteral("discourse"));
        QVERIFY(doc.url.isEmpty());
        QCOMPARE(doc.bodyText, QStringLiteral("Just the topic"));
        QCOMPARE(int(doc.comments.size()), 1);
        QVERIFY(doc.comments[0].author.isEmpty());
    }

    void reportsBrokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("duplicate post number")
            << "duplicate-post-number.json"
            << "discourse: post number 2 appears twice (at post_stream.posts[2])";
        QTest::newRow("truncated") << "truncated.json"
                                   << "discourse: not valid JSON:";
    }
    void reportsBrokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        auto threads = parseFixture(file);
        QVERIFY(!threads.ok());
        const QString message = threads.error().toString();
        QVERIFY2(message.startsWith(fixture(file) + QStringLiteral(": ")), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void wrongShapeIsAnError()
    {
        auto threads =
            DiscourseJsonImporter().parse({QStringLiteral("t.json"), QByteArray("{\"id\": 3}")});
        QVERIFY(!threads.ok());
        QCOMPARE(threads.error().toString(),
                 QStringLiteral("t.json: discourse: the topic has no \"post_stream.posts\" array "
                                "(at post_stream.posts)"));
    }

    void turnsVideoPlaceholdersIntoLinks()
    {
        const QByteArray json =
            "{\"id\": 4, \"post_stream\": {\"posts\": [{\"post_number\": 1, \"cooked\": "
            "\"<div class=\\\"lazyYT\\\" data-youtube-id=\\\"ObS4sd8vdvQ\\\" "
            "data-youtube-title=\\\"Disappearing &amp; material\\\" "
            "data-width=\\\"480\\\"></div>\"}]}}";
        auto threads = DiscourseJsonImporter().parse({QStringLiteral("v.json"), json});
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        QCOMPARE(threads->front().bodyText, QStringLiteral("YouTube: Disappearing & material"));
        QVERIFY(threads->front().bodyHtml.contains(
            QStringLiteral("href=\"https://www.youtube.com/watch?v=ObS4sd8vdvQ\"")));
    }

    void topicIdMayComeFromThePosts()
    {
        auto fromPosts = DiscourseJsonImporter().parse(
            {QStringLiteral("p.json"),
             QByteArray(
                 "{\"post_stream\": {\"posts\": [{\"post_number\": 1, \"topic_id\": 77}]}}")});
        QVERIFY2(fromPosts.ok(), qPrintable(fromPosts ? QString() : fromPosts.error().toString()));
        QCOMPARE(fromPosts->front().sourceId, QStringLiteral("77"));
        auto nowhere = DiscourseJsonImporter().parse(
            {QStringLiteral("p.json"),
             QByteArray("{\"post_stream\": {\"posts\": [{\"post_number\": 1}]}}")});
        QVERIFY(!nowhere.ok());
        QCOMPARE(nowhere.error().toString(),
                 QStringLiteral("p.json: discourse: the topic has no \"id\", and no post names a "
                                "\"topic_id\" (at id)"));
    }

    void deepReplyChainImports()
    {
        // Replies are flat in the file: the depth comes only from the numbers, so it can
        // go far past any nesting limit.
        const int posts = 20000;
        QByteArray json = "{\"id\":1,\"title\":\"deep\",\"post_stream\":{\"posts\":[{\"post_"
                          "number\":1,\"cooked\":\"top\"}";
        for (int n = 2; n <= posts; ++n) {
            json += ",{\"post_number\":" + QByteArray::number(n) + ",\"reply_to_post_number\":" +
                    (n == 2 ? QByteArray("null") : QByteArray::number(n - 1)) +
                    ",\"cooked\":\"<p>level</p>\"}";
        }
        json += "]}}";
        auto threads = DiscourseJsonImporter().parse({QStringLiteral("deep.json"), json});
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        QCOMPARE(int(threads->front().comments.size()), posts - 1);
        QCOMPARE(threads->front().comments.back().depth, posts - 2);
    }

    void reportsWhatTheFileSaysIsMissing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("json"); // used when file is empty
        QTest::addColumn<int>("missing");
        QTest::addColumn<int>("siteTotal"); // -1: none stated
        QTest::addColumn<QString>("says");
        QTest::newRow("first page of a topic: 3 of the stream's 8 posts")
            << "topic-first-page.json" << QByteArray() << 5 << 8
            << "5 of 8 posts are not in this save. The file shows it by 5 ids in "
               "post_stream.stream with no post.";
        QTest::newRow("whole topic, no stream: posts_count matches")
            << "topic-deep.json" << QByteArray() << 0 << 8 << QString();
        QTest::newRow("no stream and no posts_count")
            << "minimal.json" << QByteArray() << 0 << -1 << QString();
        QTest::newRow("no stream: posts_count above the posts held")
            << QString()
            << QByteArray("{\"id\": 5, \"posts_count\": 4, \"post_stream\": {\"posts\": "
                          "[{\"post_number\": 1}, {\"post_number\": 2}]}}")
            << 2 << 4
            << "2 of 4 posts are not in this save. The file shows it by a posts_count "
               "of 4 with 2 posts in the file.";
        QTest::newRow("a stream of exactly the posts held")
            << QString()
            << QByteArray("{\"id\": 5, \"posts_count\": 9, \"post_stream\": {\"stream\": [11, "
                          "12], \"posts\": [{\"id\": 12, \"post_number\": 2}, {\"id\": 11, "
                          "\"post_number\": 1}]}}")
            << 0 << 2 << QString();
        // A post without an "id" may be any one of the stream's unmatched ids.
        QTest::newRow("posts without ids are not counted missing")
            << QString()
            << QByteArray("{\"id\": 5, \"post_stream\": {\"stream\": [11, 12, 13, 13], "
                          "\"posts\": [{\"post_number\": 1}, {\"post_number\": 2}]}}")
            << 1 << 3 << "1 of 3 posts are not in this save.";
    }
    void reportsWhatTheFileSaysIsMissing()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, json);
        QFETCH(int, missing);
        QFETCH(int, siteTotal);
        QFETCH(QString, says);
        auto threads = file.isEmpty()
                           ? DiscourseJsonImporter().parse({QStringLiteral("t.json"), json})
                           : parseFixture(file);
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.gaps.missingComments, missing);
        QCOMPARE(doc.gaps.uncountedGaps, 0);
        QCOMPARE(doc.gaps.siteTotal, siteTotal < 0 ? std::nullopt : std::optional<int>(siteTotal));
        // Comments are named by post number; the stream gives post ids: nothing to merge by.
        QVERIFY(doc.gaps.missingIds.isEmpty());
        QCOMPARE(doc.gaps.isWhole(), missing == 0);
        QCOMPARE(gapWarnings(doc), missing == 0 ? 0 : 1);
        if (missing > 0) {
            const QString warning = doc.warnings.filter(incomplete).front();
            QVERIFY2(warning.contains(says), qPrintable(warning));
        }
    }

    // The acceptance case of the issue: the 340-post urho3d topic as its first page (20
    // posts) returns it, cut here from the whole topic in ../shared.
    void aFirstPageOfALongTopicSaysWhatItLacks()
    {
        QFile file(QStringLiteral(SCHOLIA_SHARED_FIXTURES
                                  "/discourse/urho3d-to-rbfx-and-not-to-rbfx-5864.json"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("../shared/fixtures/discourse is not here (a fresh clone): nothing to check");
        const QByteArray whole = file.readAll();
        auto complete = DiscourseJsonImporter().parse({file.fileName(), whole});
        QVERIFY(complete.ok());
        QVERIFY(complete->front().gaps.isWhole());
        QCOMPARE(complete->front().gaps.siteTotal, std::optional<int>(340));
        QCOMPARE(gapWarnings(complete->front()), 0);

        auto firstPage =
            DiscourseJsonImporter().parse({QStringLiteral("5864.json"), firstPageOf(whole, 20)});
        QVERIFY2(firstPage.ok(), qPrintable(firstPage ? QString() : firstPage.error().toString()));
        const ThreadDocument &doc = firstPage->front();
        QCOMPARE(doc.gaps.missingComments, 320);
        QCOMPARE(doc.gaps.siteTotal, std::optional<int>(340));
        QCOMPARE(gapWarnings(doc), 1);
        const QString warning = doc.warnings.filter(incomplete).front();
        QVERIFY2(warning.contains(QStringLiteral("320 of 340 posts")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("320 ids in post_stream.stream with no post")),
                 qPrintable(warning));
    }

    void detectsFromContent()
    {
        const DiscourseJsonImporter importer;
        QVERIFY(importer.detect(
                    {QStringLiteral("x"), QByteArray("{\"post_stream\": {\"posts\": []}}")}) >= 80);
        QCOMPARE(
            importer.detect({QStringLiteral("x.json"), QByteArray("[{\"kind\": \"Listing\"}]")}),
            0);
        QVERIFY(importer.detect({QStringLiteral("x.json"),
                                 QByteArray("{\"selftext\": \"\", \"comments\": []}")}) < 30);
    }
};

QTEST_GUILESS_MAIN(TestDiscourseJsonImporter)
#include "tst_discoursejsonimporter.moc"
