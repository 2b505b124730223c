#pragma once

#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

namespace Scholia {

// The print page's only way out: the one page being printed may load, every other
// request is blocked (a sanitized comment cannot fetch anything, and neither can a
// stylesheet or anything Chromium would ask for on its own). Counts what it blocked.
class PrintRequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    // Call before loading it; the interceptor reads it on Chromium's IO thread.
    void allowOnly(const QUrl &page);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    int blockedCount() const { return m_blocked.load(); }

private:
    QUrl m_allowed; // set before a load starts, only read while it runs
    std::atomic<int> m_blocked = 0;
};

} // namespace Scholia
