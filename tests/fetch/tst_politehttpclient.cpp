// PoliteHttpClient against a server on 127.0.0.1: what it sends, and how it ends each way
// a site can misbehave (rate limits, errors, redirects away, stalls, oversize answers).

#include "fetch/politehttpclient.h"
#include "localhttpserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Scholia;

namespace {

using Reply = LocalHttpServer::Reply;

FetchPolicy testPolicy(const LocalHttpServer &server)
{
    FetchPolicy policy;
    policy.userAgent = FetchPolicy::defaultUserAgent();
    policy.testOrigin = server.origin();
    policy.stallTimeout = std::chrono::milliseconds(700);
    return policy;
}

SiteScope testSite()
{
    SiteScope site;
    site.name = QStringLiteral("Test site");
    site.hosts = {QStringLiteral("example.org")};
    return site;
}

Result<HttpResponse> getOnce(PoliteHttpClient &client, const QUrl &url)
{
    std::optional<Result<HttpResponse>> result;
    client.get(url, [&](Result<HttpResponse> r) { result = std::move(r); });
    QElapsedTimer clock;
    clock.start();
    while (!result && clock.elapsed() < 20000)
        QTest::qWait(10);
    if (!result)
        return Error::of(QStringLiteral("no answer within 20 s"));
    return std::move(*result);
}

} // namespace

class TestPoliteHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void sendsScholiasUserAgentAndReturnsTheBody()
    {
        LocalHttpServer server([](const auto &) { return Reply::json("{\"ok\":1}"); });
        PoliteHttpClient client(testPolicy(server), testSite());
        auto response = getOnce(client, QUrl(QStringLiteral("https://example.org/a.json?x=1")));
        QVERIFY2(response.ok(), qPrintable(response.ok() ? QString() : response.error().message));
        QCOMPARE(response->body, QByteArray("{\"ok\":1}"));
        QCOMPARE(server.paths(), QStringList{QStringLiteral("/a.json?x=1")});
        const QByteArray agent = server.requests().first().header("User-Agent");
        QVERIFY2(agent.contains("Scholia"), agent.constData());
        QCOMPARE(client.requestsMade(), 1);
    }

    void refusesPlainHttpOutsideATest()
    {
        LocalHttpServer server([](const auto &) { return Reply::json("{}"); });
        FetchPolicy policy = testPolicy(server);
        policy.testOrigin.reset();
        SiteScope site = testSite();
        site.hosts = {QStringLiteral("127.0.0.1")};
        PoliteHttpClient client(policy, site);
        auto response = getOnce(client, server.origin().resolved(QUrl(QStringLiteral("/a"))));
        QVERIFY(!response.ok());
        QVERIFY2(response.error().message.contains(QLatin1String("HTTPS")),
                 qPrintable(response.error().message));
        QVERIFY(server.requests().isEmpty());
    }

    void followsARedirectWithinTheSite()
    {
        LocalHttpServer server([](const LocalHttpServer::Request &r) {
            if (r.path == QLatin1String("/old"))
                return Reply{302, {}, "text/plain", {{"Location", "/new"}}, false, 0};
            return Reply::json("\"moved\"");
        });
        PoliteHttpClient client(testPolicy(server), testSite());
        auto response = getOnce(client, QUrl(QStringLiteral("https://example.org/old")));
        QVERIFY(response.ok());
        QCOMPARE(response->body, QByteArray("\"moved\""));
        QCOMPARE(server.paths(), (QStringList{QStringLiteral("/old"), QStringLiteral("/new")}));
    }

    void refusesARedirectToAnotherHost()
    {
        LocalHttpServer other([](const auto &) { return Reply::json("\"elsewhere\""); });
        const QByteArray away = "http://localhost:" + QByteArray::number(other.port()) + "/steal";
        LocalHttpServer server([away](const auto &) {
            return Reply{302, {}, "text/plain", {{"Location", away}}, false, 0};
        });
        PoliteHttpClient client(testPolicy(server), testSite());
        auto response = getOnce(client, QUrl(QStringLiteral("https://example.org/t")));
        QVERIFY(!response.ok());
        const QString message = response.error().message;
        QVERIFY2(message.contains(QLatin1String("redirected to http://localhost")) &&
                     message.contains(QLatin1String("not followed")),
                 qPrintable(message));
        QVERIFY(other.requests().isEmpty());
    }

    void waitsOutA429WithRetryAfterThenGoesOn()
    {
        int calls = 0;
        LocalHttpServer server([&calls](const auto &) {
            if (calls++ == 0)
                return Reply{429, "slow down", "text/plain", {{"Retry-After", "1"}}, false, 0};
            return Reply::json("[1]");
        });
        PoliteHttpClient client(testPolicy(server), testSite());
        QSignalSpy waiting(&client, &PoliteHttpClient::waiting);
        QElapsedTimer clock;
        clock.start();
        auto response = getOnce(client, QUrl(QStringLiteral("https://example.org/x")));
        QVERIFY(response.ok());
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(waiting.count(), 1);
        QCOMPARE(waiting.first().at(0).toInt(), 1);
        QCOMPARE(server.requests().size(), 2);
    }

    void endsWhenStillLimitedAfterWaiting()
    {
        LocalHttpServer server([](const auto &) {
            return Reply{429, {}, "text/plain", {{"Retry-After", "0"}}, false, 0};
        });
        FetchPolicy policy = testPolicy(server);
        PoliteHttpClient client(policy, testSite());
        auto response = getOnce(client, QUrl(QStringLiteral("https://example.org/x")));
        QVERIFY(!response.ok());
        const QString message = response.error().message;
        QVERIFY2(message.contains(QLatin1String("HTTP 429")) &&
                     message.contains(QLatin1String("still limited")),
                 qPrintable(message));
        QCOMPARE(server.requests().size(), policy.maxRateLimitRetries + 1);
    }

    void endsAtOnceWhenTheWaitAskedForIsTooLong()
    {
        LocalHttpServer server([](const auto &) {
            return Reply{429, {}, "text/plain", {{"Retry-After", "3600"}}, false, 0};
        });
        PoliteHttpClient client(testPolicy(server), testSite());
        auto response = getOnce(client, QUrl(QStringLiteral("https://example.org/x")));
        QVERIFY(!response.ok());
        QVERIFY2(response.error().message.contains(QLatin1String("wait 3600 s")),
                 qPrintable(response.error().message));
        QCOMPARE(server.requests().size(), 1);
    }

    void reportsAServerErrorWithItsStatusAndRequestNumber()
    {
        LocalHttpServer server([](const LocalHttpServer::Request &r) {
            return r.path == QLatin1String("/2") ? Reply::withStatus(500, "boom")
                                                 : Reply::json("{}");
        });
        PoliteHttpClient client(testPolicy(server), testSite());
        QVERIFY(getOnce(client, QUrl(QStringLiteral("https://example.org/1"))).ok());
        auto response = getOnce(client, QUrl(QStringLiteral("https://example.org/2")));
        QVERIFY(!response.ok());
        const QString message = response.error().message;
        QVERIFY2(message.contains(QLatin1String("/2: HTTP 500 Internal Server Error")) &&
                     message.contains(QLatin1String("request 2")),
                 qPrintable(message));
    }

    void explainsARefusal_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("hint");
        QTest::newRow("403") << 403 << QStringLiteral("private, quarantined");
        QTest::newRow("404") << 404 << QStringLiteral("no such thread");
    }
    void explainsARefusal()
    {
        QFETCH(int, status);
        QFETCH(QString, hint);
        LocalHttpServer server([status](const auto &) { return Reply::withStatus(status); });
        PoliteHttpClient client(testPolicy(server), testSite());
        auto response = getOnce(client, QUrl(QStringLiteral("https://example.org/t")));
        QVERIFY(!response.ok());
        QVERIFY2(response.error().message.contains(QStringLiteral("HTTP %1").arg(status)) &&
                     response.error().message.contains(hint),
                 qPrintable(response.error().message));
    }

    void givesUpOnAStalledResponse()
    {
        LocalHttpServer server([](const auto &) {
            Reply reply = Reply::json(QByteArray(1000, ' '));
            reply.stallAfterHeaders = true;
            return reply;
        });
        PoliteHttpClient client(testPolicy(server), testSite());
        QElapsedTimer clock;
        clock.start();
        auto response = getOnce(client, QUrl(QStringLiteral("https://example.org/slow")));
        QVERIFY(!response.ok());
        QVERIFY2(response.error().message.contains(QLatin1String("sent nothing for 0.7 s")),
                 qPrintable(response.error().message));
        QVERIFY(clock.elapsed() < 10000);
    }

    void refusesAnOversizeResponse_data()
    {
        QTest::addColumn<bool>("streamed");
        QTest::newRow("announced by Content-Length") << false;
        QTest::newRow("streamed without a length") << true;
    }
    void refusesAnOversizeResponse()
    {
        QFETCH(bool, streamed);
        LocalHttpServer server([streamed](const auto &) {
            Reply reply = Reply::json(streamed ? QByteArray() : QByteArray(3 << 20, ' '));
            reply.streamBytes = streamed ? 3 << 20 : 0;
            return reply;
        });
        FetchPolicy policy = testPolicy(server);
        policy.maxResponseBytes = 1 << 20;
        PoliteHttpClient client(policy, testSite());
        auto response = getOnce(client, QUrl(QStringLiteral("https://example.org/big")));
        QVERIFY(!response.ok());
        QVERIFY2(response.error().message.contains(QLatin1String("larger than Scholia accepts")),
                 qPrintable(response.error().message));
    }

    void cancelEndsTheRunningRequest()
    {
        LocalHttpServer server([](const auto &) {
            Reply reply = Reply::json(QByteArray(1000, ' '));
            reply.stallAfterHeaders = true;
            return reply;
        });
        FetchPolicy policy = testPolicy(server);
        policy.stallTimeout = std::chrono::milliseconds(20000);
        PoliteHttpClient client(policy, testSite());
        std::optional<Result<HttpResponse>> first, queued;
        client.get(QUrl(QStringLiteral("https://example.org/1")),
                   [&](Result<HttpResponse> r) { first = std::move(r); });
        client.get(QUrl(QStringLiteral("https://example.org/2")),
                   [&](Result<HttpResponse> r) { queued = std::move(r); });
        QTRY_COMPARE(server.requests().size(), 1);
        client.cancel();
        QTRY_VERIFY(first.has_value() && queued.has_value());
        QVERIFY(!first->ok() && first->error().cancelled);
        QVERIFY(!queued->ok() && queued->error().cancelled);
        QCOMPARE(server.requests().size(), 1);
    }

    void keepsTheSitesPauseBetweenRequests()
    {
        LocalHttpServer server([](const auto &) { return Reply::json("{}"); });
        FetchPolicy policy = testPolicy(server);
        policy.testOrigin.reset(); // the pause is what a test origin switches off
        SiteScope site = testSite();
        site.onlyOrigin = server.origin();
        site.pause = std::chrono::milliseconds(400);
        PoliteHttpClient client(policy, site);
        QVERIFY(getOnce(client, server.origin().resolved(QUrl(QStringLiteral("/1")))).ok());
        QElapsedTimer clock;
        clock.start();
        QVERIFY(getOnce(client, server.origin().resolved(QUrl(QStringLiteral("/2")))).ok());
        QVERIFY2(clock.elapsed() >= 350, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestPoliteHttpClient)
#include "tst_politehttpclient.moc"
