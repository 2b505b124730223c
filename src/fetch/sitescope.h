#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace Scholia {

struct FetchPolicy;

// Where one site's requests may go and how far apart: the hosts of its public interface
// (a redirect anywhere else is refused), the pause its published limit asks for between
// requests, and whether it reports its own limit in X-Ratelimit-* headers (Reddit).
struct SiteScope
{
    QString name;      // "Reddit", for messages
    QStringList hosts; // exact host names; "*.example.org" also allows its subdomains
    std::chrono::milliseconds pause{1000};
    bool readsRateLimitHeaders = false;
    // Set from FetchPolicy::testOrigin: only that origin, plain http allowed.
    QUrl onlyOrigin;

    // The same site under a test policy: every request to the policy's origin, no pause.
    SiteScope forPolicy(const FetchPolicy &policy) const;
    // Whether a request (or a redirect) may go to url: https (or the test origin) to one
    // of the hosts.
    bool allows(const QUrl &url) const;
    // url with its scheme, host and port replaced by the test origin, when there is one.
    QUrl route(const QUrl &url) const;
};

} // namespace Scholia
