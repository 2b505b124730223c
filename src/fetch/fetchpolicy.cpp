#include "fetchpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Scholia {

QString FetchPolicy::defaultUserAgent()
{
    const QString version = QCoreApplication::applicationVersion().isEmpty()
                                ? QStringLiteral("0")
                                : QCoreApplication::applicationVersion();
    // Reddit asks for a descriptive, unique User-Agent; a browser's would be refused.
    return QStringLiteral("desktop:org.scholia.Scholia:%1 (Scholia %1, saves one discussion "
                          "thread on its reader's request)")
        .arg(version);
}

bool FetchPolicy::isLoopbackOrigin(const QUrl &url)
{
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return false;
    if (url.host() == QLatin1String("localhost"))
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

FetchPolicy FetchPolicy::forThisProcess(QString *problem)
{
    FetchPolicy policy;
    policy.userAgent = defaultUserAgent();
    const QString origin = qEnvironmentVariable("SCHOLIA_FETCH_TEST_ORIGIN");
    if (!origin.isEmpty()) {
        const QUrl url(origin);
        if (isLoopbackOrigin(url))
            policy.testOrigin =
                url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        else if (problem)
            *problem = QCoreApplication::translate(
                           "Scholia::FetchPolicy",
                           "SCHOLIA_FETCH_TEST_ORIGIN is not a loopback address (%1); ignored")
                           .arg(origin);
    }
    // Tests make stalls short so that the stalled-server case ends in seconds.
    bool ok = false;
    const int stallMs = qEnvironmentVariableIntValue("SCHOLIA_FETCH_TEST_STALL_MS", &ok);
    if (ok && stallMs > 0 && policy.testOrigin)
        policy.stallTimeout = Milliseconds(stallMs);
    const int maxMb = qEnvironmentVariableIntValue("SCHOLIA_FETCH_TEST_MAX_RESPONSE_MB", &ok);
    if (ok && maxMb > 0 && policy.testOrigin)
        policy.maxResponseBytes = qint64(maxMb) << 20;
    return policy;
}

} // namespace Scholia
