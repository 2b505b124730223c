#include "threadview.h"

#include "offlinerequestinterceptor.h"
#include "threadbridge.h"
#include "threadpage.h"
#include "threadschemehandler.h"

#include <QEvent>
#include <QGuiApplication>
#include <QSettings>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace Scholia {

namespace {
const QString zoomKey = QStringLiteral("threadView/zoom");
constexpr qreal zoomStep = 1.1;
constexpr qreal minimumZoom = 0.5;
constexpr qreal maximumZoom = 3.0;
} // namespace

ThreadView::ThreadView(ThreadStore &store, QWidget *parent)
    : QWebEngineView(parent),
      m_profile(new QWebEngineProfile(this)), // no storage name: off the record
      m_interceptor(new OfflineRequestInterceptor(m_profile)),
      m_bridge(new ThreadBridge(store, this)),
      m_channel(new QWebChannel(this))
{
    setAccessibleName(tr("Thread"));
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->installUrlSchemeHandler(ThreadSchemeHandler::scheme,
                                       new ThreadSchemeHandler(store, m_profile));
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);

    QWebEngineSettings *settings = m_profile->settings();
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadImages, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    settings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    settings->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, true);

    m_page = new ThreadPage(m_profile, this);
    m_channel->registerObject(QStringLiteral("bridge"), m_bridge);
    m_page->setWebChannel(m_channel);
    setPage(m_page);
    m_dark = paletteIsDark(palette());
    m_page->setBackgroundColor(palette().color(QPalette::Base));
    applyZoom(QSettings().value(zoomKey, 1.0).toReal());
}

ThreadView::~ThreadView()
{
    // The page must go before the profile it was made from.
    setPage(nullptr);
    delete m_page;
}

bool ThreadView::paletteIsDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void ThreadView::showThread(qint64 threadId)
{
    m_threadId = threadId;
    m_bridge->setThread(threadId);
    // The application palette: a widget's own may lag behind a theme switch made
    // before it was first shown.
    m_dark = paletteIsDark(QGuiApplication::palette());
    m_page->setBackgroundColor(QGuiApplication::palette().color(QPalette::Base));
    m_page->load(ThreadSchemeHandler::threadUrl(threadId, m_dark));
}

void ThreadView::reload()
{
    if (m_threadId > 0)
        showThread(m_threadId);
}

void ThreadView::expandAll() { m_page->runJavaScript(QStringLiteral("Scholia.expandAll()")); }
void ThreadView::collapseToTopLevel() { m_page->runJavaScript(QStringLiteral("Scholia.collapseToTopLevel()")); }
void ThreadView::toggleShortcutHelp() { m_page->runJavaScript(QStringLiteral("Scholia.toggleHelp()")); }

void ThreadView::collapseBelowDepth(int depth)
{
    m_page->runJavaScript(QStringLiteral("Scholia.collapseBelowDepth(%1)").arg(qMax(1, depth)));
}

void ThreadView::zoomIn() { applyZoom(zoomFactor() * zoomStep); }
void ThreadView::zoomOut() { applyZoom(zoomFactor() / zoomStep); }
void ThreadView::resetZoom() { applyZoom(1.0); }

void ThreadView::applyZoom(qreal factor)
{
    const qreal bounded = qBound(minimumZoom, factor, maximumZoom);
    setZoomFactor(bounded);
    QSettings().setValue(zoomKey, bounded);
}

void ThreadView::changeEvent(QEvent *event)
{
    QWebEngineView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

void ThreadView::applyTheme()
{
    const bool dark = paletteIsDark(QGuiApplication::palette());
    m_page->setBackgroundColor(QGuiApplication::palette().color(QPalette::Base));
    if (dark == m_dark)
        return;
    m_dark = dark;
    // Switch the open page in place (no reload, scroll position kept).
    m_page->runJavaScript(QStringLiteral("document.documentElement.className = '%1'")
                              .arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));
}

} // namespace Scholia
