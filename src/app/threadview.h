#pragma once

#include <QWebEngineView>

class QWebEngineProfile;

namespace Scholia {

class OfflineRequestInterceptor;
class ThreadPage;
class ThreadStore;

// The centre pane: a web view on a private, off-the-record profile that can only
// load Scholia's own pages.
class ThreadView : public QWebEngineView
{
    Q_OBJECT

public:
    ThreadView(ThreadStore &store, QWidget *parent = nullptr);
    ~ThreadView() override;

    void showThread(qint64 threadId);
    qint64 currentThread() const { return m_threadId; }
    const OfflineRequestInterceptor &interceptor() const { return *m_interceptor; }

private:
    QWebEngineProfile *m_profile;
    OfflineRequestInterceptor *m_interceptor;
    ThreadPage *m_page;
    qint64 m_threadId = 0;
};

} // namespace Scholia
