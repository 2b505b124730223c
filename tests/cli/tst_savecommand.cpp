// `scholia save URL` as a user runs it, against a site served on 127.0.0.1: the thread
// saved whole and imported, a second save merged, --verbose auditing the requests, and
// every way a save can fail ending in a clear message with the library as it was.

#include "../fetch/discoursetestsite.h"
#include "../fetch/localhttpserver.h"
#include "../fetch/reddittestsite.h"
#include "scholiaprocess.h"
#include "threadgenerator.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Scholia;

class TestSaveCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QProcessEnvironment environmentFor(const LocalHttpServer &server) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SCHOLIA_FETCH_TEST_ORIGIN"), server.origin().toString());
        env.insert(QStringLiteral("SCHOLIA_FETCH_TEST_STALL_MS"), QStringLiteral("800"));
        env.insert(QStringLiteral("SCHOLIA_FETCH_TEST_MAX_RESPONSE_MB"), QStringLiteral("1"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.remove(QStringLiteral("SCHOLIA_DB"));
        return env;
    }

    // What the library holds, as the reader sees it: every thread and every comment.
    static QString libraryContents(const QString &db)
    {
        QString contents = runScholia({QStringLiteral("list"), QStringLiteral("--db"), db}).out;
        for (const QString &line : contents.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString id = line.section(QLatin1Char('\t'), 0, 0);
            contents += runScholia({QStringLiteral("show"), id, QStringLiteral("--tree"),
                                    QStringLiteral("--db"), db})
                            .out;
        }
        return contents;
    }

    QString libraryWithOneThread(const QString &name)
    {
        QDir(m_dir.path()).mkpath(name);
        const QString db = m_dir.filePath(name + QStringLiteral("/library.sqlite"));
        const ScholiaRun imported =
            runScholia({QStringLiteral("import"), QStringLiteral("--db"), db,
                        QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/small-thread.json")});
        if (imported.exitCode != 0)
            qWarning("%s", qPrintable(imported.err));
        return db;
    }

private slots:
    void savesAndImportsARedditThread()
    {
        RedditTestSite site(ThreadGenerator(11).redditJson(250));
        LocalHttpServer server([&site](const auto &request) { return site.handle(request); });
        const QString db = m_dir.filePath(QStringLiteral("reddit.sqlite"));
        const QString address =
            QStringLiteral("https://www.reddit.com/r/test/comments/%1/a_thread/")
                .arg(site.postId());
        const ScholiaRun run = runScholiaServing(
            {QStringLiteral("save"), QStringLiteral("--db"), db, address}, environmentFor(server));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // "comments" once the translations are built, "comment(s)" without them.
        QVERIFY2(run.out.contains(QStringLiteral("\": %1 comment").arg(site.commentCount())) &&
                     run.out.contains(QLatin1String(" saved\n")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("; the responses are in %1/saved/reddit.com/%2-")
                                      .arg(m_dir.path(), site.postId())),
                 qPrintable(run.out));
        const QString listed = runScholia({QStringLiteral("list"), QStringLiteral("--db"), db}).out;
        QVERIFY2(listed.contains(QStringLiteral("\t%1\t").arg(site.commentCount())) ||
                     listed.contains(QString::number(site.commentCount())),
                 qPrintable(listed));
        const QStringList folders = QDir(m_dir.filePath(QStringLiteral("saved/reddit.com")))
                                        .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(folders.size(), 1);
        QVERIFY(QFileInfo::exists(
            m_dir.filePath(QStringLiteral("saved/reddit.com/%1/save.json").arg(folders.first()))));

        // Saving the same address again merges, like a re-import of a newer save.
        QTest::qWait(1100); // a new archive folder name (seconds)
        const ScholiaRun again = runScholiaServing(
            {QStringLiteral("save"), QStringLiteral("--db"), db, address}, environmentFor(server));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QLatin1String("merged into the stored thread")),
                 qPrintable(again.out));
        QCOMPARE(runScholia({QStringLiteral("list"), QStringLiteral("--db"), db})
                     .out.count(QLatin1Char('\n')),
                 1);
    }

    void verboseListsEveryRequest()
    {
        DiscourseTestSite site(
            ThreadGenerator(4).thread(ThreadGenerator::Format::Discourse, 60).data);
        LocalHttpServer server([&site](const auto &request) { return site.handle(request); });
        const QString db = m_dir.filePath(QStringLiteral("verbose.sqlite"));
        const ScholiaRun run = runScholiaServing(
            {QStringLiteral("save"), QStringLiteral("--verbose"), QStringLiteral("--db"), db,
             QStringLiteral("https://forum.example.org/t/%1/%2").arg(site.slug(), site.topicId())},
            environmentFor(server));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1String("] GET http://127.0.0.1:")), server.requests().size());
        QCOMPARE(run.err.count(QStringLiteral("→ HTTP 200")), server.requests().size());
        QVERIFY(
            run.err.contains(QStringLiteral("[1] GET %1/t/%2/%3.json")
                                 .arg(server.origin().toString(), site.slug(), site.topicId())));
    }

    void aFailedSaveLeavesTheLibraryAsItWas_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<QString>("expected");
        QTest::newRow("429 with Retry-After")
            << QStringLiteral("429") << QStringLiteral("HTTP 429 Too Many Requests");
        QTest::newRow("500 half-way")
            << QStringLiteral("500")
            << QStringLiteral("HTTP 500 Internal Server Error (request 3)");
        QTest::newRow("redirect to another host")
            << QStringLiteral("redirect") << QStringLiteral("not followed");
        QTest::newRow("stalled response")
            << QStringLiteral("stall") << QStringLiteral("sent nothing for 0.8 s");
        QTest::newRow("oversize response")
            << QStringLiteral("oversize") << QStringLiteral("larger than Scholia accepts");
        QTest::newRow("404") << QStringLiteral("404")
                             << QStringLiteral("HTTP 404 Not Found: no such thread");
    }
    void aFailedSaveLeavesTheLibraryAsItWas()
    {
        QFETCH(QString, failure);
        QFETCH(QString, expected);
        DiscourseTestSite site(
            ThreadGenerator(4).thread(ThreadGenerator::Format::Discourse, 100).data);
        LocalHttpServer other([](const auto &) { return LocalHttpServer::Reply::json("{}"); });
        int batches = 0;
        LocalHttpServer server([&](const LocalHttpServer::Request &request) {
            const bool batch = request.path.endsWith(QLatin1String("/posts.json"));
            if (batch)
                ++batches;
            if (failure == QLatin1String("429"))
                return LocalHttpServer::Reply{429,   {}, "text/plain", {{"Retry-After", "0"}},
                                              false, 0};
            if (failure == QLatin1String("404"))
                return LocalHttpServer::Reply::withStatus(404);
            if (batch && batches == 2) {
                if (failure == QLatin1String("500"))
                    return LocalHttpServer::Reply::withStatus(500);
                if (failure == QLatin1String("redirect"))
                    return LocalHttpServer::Reply{
                        302,
                        {},
                        "text/plain",
                        {{"Location", "http://localhost:" + QByteArray::number(other.port()) + "/x"}},
                        false,
                        0};
                if (failure == QLatin1String("stall")) {
                    LocalHttpServer::Reply reply =
                        LocalHttpServer::Reply::json(QByteArray(4000, ' '));
                    reply.stallAfterHeaders = true;
                    return reply;
                }
                if (failure == QLatin1String("oversize"))
                    return LocalHttpServer::Reply::json(QByteArray(2 << 20, ' '));
            }
            return site.handle(request);
        });
        const QString db = libraryWithOneThread(QStringLiteral("fail-") + failure);
        const QString before = libraryContents(db);
        QVERIFY(before.contains(QLatin1String("small")) || !before.isEmpty());
        const QString address =
            QStringLiteral("https://forum.example.org/t/%1/%2").arg(site.slug(), site.topicId());
        const ScholiaRun run = runScholiaServing(
            {QStringLiteral("save"), QStringLiteral("--db"), db, address}, environmentFor(server));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(address) && run.err.contains(expected), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("the library is as it was")), qPrintable(run.err));
        QVERIFY(other.requests().isEmpty());
        QCOMPARE(libraryContents(db), before);
        // Nothing of the failed save is left beside the library.
        QVERIFY(!QFileInfo::exists(
            QFileInfo(db).absoluteDir().filePath(QStringLiteral("saved/forum.example.org"))));
    }

    void refusesWhatItCannotSave_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown site")
            << QStringList{QStringLiteral("https://example.com/blog/1")}
            << QStringLiteral("cannot tell which site serves this address");
        QTest::newRow("not a thread")
            << QStringList{QStringLiteral("https://www.reddit.com/r/cats/")}
            << QStringLiteral("not of a thread");
        QTest::newRow("ftp") << QStringList{QStringLiteral("ftp://news.ycombinator.com/item?id=1")}
                             << QStringLiteral("only http and https");
        QTest::newRow("bad limit")
            << QStringList{QStringLiteral("--max-requests"), QStringLiteral("0"),
                           QStringLiteral("https://news.ycombinator.com/item?id=1")}
            << QStringLiteral("--max-requests takes a number");
        QTest::newRow("nothing") << QStringList{} << QStringLiteral("no address given");
    }
    void refusesWhatItCannotSave()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const QString db = m_dir.filePath(QStringLiteral("refused.sqlite"));
        const ScholiaRun run =
            runScholia(QStringList{QStringLiteral("save"), QStringLiteral("--db"), db} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(db));
    }

    void aTestOriginMustBeLoopback()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SCHOLIA_FETCH_TEST_ORIGIN"),
                   QStringLiteral("http://192.0.2.1:80"));
        const ScholiaRun run = runScholia({QStringLiteral("save"), QStringLiteral("--help")}, env);
        QCOMPARE(run.exitCode, 0); // --help says nothing of it; a save would warn and ignore it
    }
};

QTEST_GUILESS_MAIN(TestSaveCommand)
#include "tst_savecommand.moc"
