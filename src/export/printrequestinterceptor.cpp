#include "printrequestinterceptor.h"

namespace Scholia {

void PrintRequestInterceptor::allowOnly(const QUrl &page)
{
    m_allowed = page;
}

void PrintRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (!m_allowed.isEmpty() && info.requestUrl() == m_allowed &&
        info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame)
        return;
    ++m_blocked;
    info.block(true);
}

} // namespace Scholia
