#include "offlinerequestinterceptor.h"

namespace Scholia {

void OfflineRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString scheme = info.requestUrl().scheme();
    if (scheme == QLatin1String("scholia") || scheme == QLatin1String("qrc"))
        return;
    // Runs on the IO thread; an atomic counter is all it touches.
    ++m_blocked;
    info.block(true);
}

} // namespace Scholia
