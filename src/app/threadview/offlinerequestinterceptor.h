#pragma once

#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

namespace Scholia {

// Blocks every request the thread view makes that is not for Scholia's own pages:
// reading offline must not tell anyone what is being read. Counts what it blocked.
class OfflineRequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    int blockedCount() const { return m_blocked.load(); }

private:
    std::atomic<int> m_blocked = 0;
};

} // namespace Scholia
