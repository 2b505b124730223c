// Saving a Reddit thread from its address builds the same tree as the complete file:
// the thread page, /api/morechildren round after round, "continue this thread" pages.

#include "reddittestsite.h"
#include "savetesting.h"
#include "threadgenerator.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Scholia;
using namespace Scholia::SaveTesting;

class TestRedditThreadFetcher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray threadJson(const QString &source)
    {
        if (source == QLatin1String("generated"))
            return ThreadGenerator(7).redditJson(400);
        return readFile(sharedFixture(source));
    }

private slots:
    void savesTheWholeTree_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("generated, 400 comments") << QStringLiteral("generated");
        QTest::newRow("shared: r/self post-it note")
            << QStringLiteral("reddit/self-wife-postit-note-thread.json");
    }
    void savesTheWholeTree()
    {
        QFETCH(QString, source);
        const QByteArray json = threadJson(source);
        if (json.isEmpty())
            QSKIP("../shared/fixtures is not here");
        RedditTestSite site(json);
        LocalHttpServer server([&site](const auto &request) { return site.handle(request); });
        const QString completePath =
            m_dir.filePath(QStringLiteral("complete-%1.json")
                               .arg(QString::fromLatin1(QTest::currentDataTag()).size()));
        {
            QFile file(completePath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(site.completeFile());
        }
        auto complete = importFile(completePath, QStringLiteral("reddit-json"));
        QVERIFY2(complete.ok(),
                 qPrintable(complete.ok() ? QString() : complete.error().toString()));
        QCOMPARE(int(complete->comments.size()), site.commentCount());

        const QString address =
            QStringLiteral("https://old.reddit.com/r/x/comments/%1/a_slug/").arg(site.postId());
        auto saved = save(address, policyFor(server), m_dir.filePath(QStringLiteral("archive")));
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QVERIFY2(saved->notes.isEmpty(), qPrintable(saved->notes.join(QLatin1Char('\n'))));
        QCOMPARE(saved->format, QStringLiteral("reddit-json"));
        auto fetched = importFile(saved->threadFile, saved->format);
        QVERIFY2(fetched.ok(), qPrintable(fetched.ok() ? QString() : fetched.error().toString()));
        QCOMPARE(placeholders(*fetched), 0);
        QString why;
        QVERIFY2(sameTree(treeOf(*fetched), treeOf(*complete), &why), qPrintable(why));
        QCOMPARE(fetched->title, complete->title);
        QCOMPARE(fetched->bodyText, complete->bodyText);

        // The stubs were really there and really expanded, politely batched.
        QVERIFY(!site.moreChildrenRequests.isEmpty());
        for (const QString &ids : std::as_const(site.moreChildrenRequests))
            QVERIFY(ids.split(QLatin1Char(',')).size() <= 100);
        const QStringList paths = server.paths();
        QVERIFY(paths.first().startsWith(QStringLiteral("/comments/%1.json").arg(site.postId())));
        QVERIFY(std::any_of(paths.begin(), paths.end(), [&](const QString &p) {
            return p.startsWith(QStringLiteral("/comments/%1/_/").arg(site.postId()));
        }));
        QCOMPARE(saved->requests, paths.size());

        // Every response kept as it came, and save.json says what was asked.
        const QDir folder(saved->folder);
        QCOMPARE(
            folder.entryList({QStringLiteral("*")}, QDir::Files | QDir::NoDotAndDotDot).size() >= 2,
            true);
        QCOMPARE(QDir(folder.filePath(QStringLiteral("raw"))).entryList(QDir::Files).size(),
                 paths.size());
        const QJsonObject manifest =
            QJsonDocument::fromJson(readFile(folder.filePath(QStringLiteral("save.json"))))
                .object();
        QCOMPARE(manifest.value(QStringLiteral("address")).toString(), address);
        QCOMPARE(manifest.value(QStringLiteral("requests")).toInt(), paths.size());
        QCOMPARE(manifest.value(QStringLiteral("format")).toString(),
                 QStringLiteral("reddit-json"));
    }

    void stopsAtTheRequestLimitAndKeepsTheStubs()
    {
        RedditTestSite site(ThreadGenerator(7).redditJson(400));
        LocalHttpServer server([&site](const auto &request) { return site.handle(request); });
        FetchPolicy policy = policyFor(server);
        policy.maxRequests = 3;
        auto saved = save(QStringLiteral("https://www.reddit.com/comments/%1/").arg(site.postId()),
                          policy, m_dir.filePath(QStringLiteral("limited")));
        QVERIFY(saved.ok());
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(saved->notes.size(), 1);
        QVERIFY2(saved->notes.first().contains(QLatin1String("request limit (3 requests)")),
                 qPrintable(saved->notes.first()));
        auto fetched = importFile(saved->threadFile, saved->format);
        QVERIFY(fetched.ok());
        // What was not fetched stays a stub, so the import says the save is not whole.
        QVERIFY(placeholders(*fetched) > 0);
        QVERIFY(fetched->realCommentCount() < site.commentCount());
    }

    void aThreadPageThatIsNotAThreadEndsTheSave()
    {
        LocalHttpServer server(
            [](const auto &) { return LocalHttpServer::Reply::json("{\"kind\": \"Listing\"}"); });
        const QString root = m_dir.filePath(QStringLiteral("not-a-thread"));
        auto saved = save(QStringLiteral("https://redd.it/abc123"), policyFor(server), root);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.contains(QLatin1String("not a thread")),
                 qPrintable(saved.error().message));
        QVERIFY2(saved.error().message.contains(QLatin1String("after 1 request")),
                 qPrintable(saved.error().message));
        QVERIFY(!QFileInfo::exists(root)); // nothing left behind
    }
};

QTEST_GUILESS_MAIN(TestRedditThreadFetcher)
#include "tst_redditthreadfetcher.moc"
