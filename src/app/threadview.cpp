#include "threadview.h"

#include "offlinerequestinterceptor.h"
#include "threadpage.h"
#include "threadschemehandler.h"

#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace Scholia {

ThreadView::ThreadView(ThreadStore &store, QWidget *parent)
    : QWebEngineView(parent),
      m_profile(new QWebEngineProfile(this)), // no storage name: off the record
      m_interceptor(new OfflineRequestInterceptor(m_profile))
{
    setAccessibleName(tr("Thread"));
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->installUrlSchemeHandler(ThreadSchemeHandler::scheme,
                                       new ThreadSchemeHandler(store, m_profile));
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);

    QWebEngineSettings *settings = m_profile->settings();
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadImages, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);

    m_page = new ThreadPage(m_profile, this);
    setPage(m_page);
}

ThreadView::~ThreadView()
{
    // The page must go before the profile it was made from.
    setPage(nullptr);
    delete m_page;
}

void ThreadView::showThread(qint64 threadId)
{
    m_threadId = threadId;
    m_page->load(ThreadSchemeHandler::threadUrl(threadId));
}

} // namespace Scholia
