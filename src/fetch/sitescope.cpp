#include "sitescope.h"

#include "fetchpolicy.h"

namespace Scholia {

SiteScope SiteScope::forPolicy(const FetchPolicy &policy) const
{
    SiteScope scope = *this;
    if (policy.testOrigin) {
        scope.onlyOrigin = *policy.testOrigin;
        scope.pause = std::chrono::milliseconds(0);
    }
    return scope;
}

bool SiteScope::allows(const QUrl &url) const
{
    if (!url.isValid())
        return false;
    if (onlyOrigin.isValid())
        return url.scheme() == onlyOrigin.scheme() && url.host() == onlyOrigin.host() &&
               url.port(-1) == onlyOrigin.port(-1);
    if (url.scheme() != QLatin1String("https"))
        return false;
    const QString host = url.host().toLower();
    for (const QString &allowed : hosts) {
        if (allowed.startsWith(QLatin1String("*."))) {
            const QString domain = allowed.mid(2);
            if (host == domain || host.endsWith(QLatin1Char('.') + domain))
                return true;
        } else if (host == allowed) {
            return true;
        }
    }
    return false;
}

QUrl SiteScope::route(const QUrl &url) const
{
    if (!onlyOrigin.isValid())
        return url;
    QUrl routed = url;
    routed.setScheme(onlyOrigin.scheme());
    routed.setHost(onlyOrigin.host());
    routed.setPort(onlyOrigin.port(-1));
    return routed;
}

} // namespace Scholia
