#pragma once

#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace Scholia {

// How politely and how far a save from an address may go: what every request carries,
// how long it may stall, how much it may bring, and how a test points every site at a
// server of its own. One value, handed to PoliteHttpClient and the site fetchers.
struct FetchPolicy
{
    using Milliseconds = std::chrono::milliseconds;

    QString userAgent;                           // names Scholia and its version
    Milliseconds stallTimeout{30'000};           // no byte for this long: the server stopped
    Milliseconds requestTimeout{180'000};        // one response, however it trickles in
    qint64 maxResponseBytes = qint64(256) << 20; // one response
    qint64 maxTotalBytes = qint64(512) << 20;    // the whole save (what import accepts)
    int maxRateLimitRetries = 3;                 // HTTP 429 answered with Retry-After
    Milliseconds maxRetryAfter{120'000};         // a longer wait asked for ends the save
    int maxRequests = 1000;                      // the user's --max-requests

    // Set only by tests (SCHOLIA_FETCH_TEST_ORIGIN): every site's interface is reached
    // at this loopback origin instead, plain http allowed, pauses between requests off.
    std::optional<QUrl> testOrigin;

    // The policy for this process: the Scholia User-Agent, and the test origin when the
    // environment names a loopback one. An origin that is not loopback is refused, so the
    // variable cannot send a user's saves anywhere else.
    static FetchPolicy forThisProcess(QString *problem = nullptr);
    static QString defaultUserAgent();
    static bool isLoopbackOrigin(const QUrl &url);
};

} // namespace Scholia
