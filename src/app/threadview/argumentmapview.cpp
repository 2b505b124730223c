#include "app/threadview/argumentmapview.h"

#include "app/threadview/argumentmappage.h"
#include "app/threadview/argumentmapschemehandler.h"
#include "app/threadview/offlineprofilesettings.h"
#include "app/threadview/offlinerequestinterceptor.h"
#include "app/threadview/threadschemehandler.h"
#include "library/argumentmaploader.h"
#include "render/argumentmapdot.h"
#include "render/graphvizsvg.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPalette>
#include <QWebEngineProfile>

namespace Scholia {

namespace {
constexpr qreal zoomStep = 1.15;
constexpr qreal minimumZoom = 0.25;
constexpr qreal maximumZoom = 5.0;

bool paletteIsDark()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}
} // namespace

ArgumentMapView::ArgumentMapView(Library &library, QWidget *parent)
    : QWebEngineView(parent), m_library(library),
      m_profile(new QWebEngineProfile(this)), // no storage name: off the record
      m_interceptor(new OfflineRequestInterceptor(m_profile)),
      m_handler(new ArgumentMapSchemeHandler(m_profile))
{
    setAccessibleName(tr("Argument map"));
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->installUrlSchemeHandler(ThreadSchemeHandler::scheme, m_handler);
    m_profile->setHttpCacheType(QWebEngineProfile::NoCache);
    OfflineProfileSettings::apply(*m_profile);

    m_page = new ArgumentMapPage(m_profile, this);
    setPage(m_page);
    connect(m_page, &ArgumentMapPage::nodeActivated, this, &ArgumentMapView::activateNode);
    setContextMenuPolicy(Qt::NoContextMenu);

    m_dark = paletteIsDark();
}

ArgumentMapView::~ArgumentMapView()
{
    // The page uses the profile: it goes first.
    setPage(nullptr);
    delete m_page;
}

void ArgumentMapView::showThread(qint64 threadId)
{
    m_thread = threadId;
    m_tag.clear();
    reload();
}

void ArgumentMapView::showTopic(const QString &tag)
{
    m_thread = 0;
    m_tag = tag;
    reload();
}

void ArgumentMapView::reload()
{
    m_stale = true;
    if (isVisible())
        draw();
}

int ArgumentMapView::blockedRequests() const
{
    return m_interceptor->blockedCount();
}

void ArgumentMapView::showEvent(QShowEvent *event)
{
    QWebEngineView::showEvent(event);
    if (m_stale)
        draw();
}

void ArgumentMapView::changeEvent(QEvent *event)
{
    QWebEngineView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        if (paletteIsDark() != m_dark)
            reload();
    }
}

void ArgumentMapView::draw()
{
    m_stale = false;
    m_dark = paletteIsDark();
    m_page->setBackgroundColor(QGuiApplication::palette().color(QPalette::Base));
    QString svg;
    QString message;
    m_map = ArgumentMap{};
    if (m_thread <= 0 && m_tag.isEmpty()) {
        message = tr("Open a thread to see its argument map.");
    } else {
        auto map = m_tag.isEmpty() ? ArgumentMapLoader::forThread(m_library, m_thread)
                                   : ArgumentMapLoader::forTag(m_library, m_tag);
        if (!map) {
            message = tr("Cannot read the argument map: %1").arg(map.error().message);
        } else if (map->isEmpty()) {
            message = m_tag.isEmpty()
                ? tr("No links in this thread yet. Select a highlight and use “Link to…” to say "
                     "what it supports, rebuts, asks or answers.")
                : tr("No links among the passages tagged “%1”.").arg(m_tag);
        } else {
            m_map = std::move(*map);
            const auto drawn = GraphvizSvg::render(ArgumentMapDot::write(m_map, m_thread));
            if (drawn)
                svg = *drawn;
            else
                message = tr("Cannot draw the argument map: %1").arg(drawn.error().message);
        }
    }
    m_handler->setPage(pageHtml(svg, message, m_dark));
    m_page->load(QUrl(QStringLiteral("scholia://map/page")));
}

QByteArray ArgumentMapView::pageHtml(const QString &svg, const QString &message, bool dark)
{
    // The SVG is sanitized (SvgSanitizer) and the message escaped here; the CSP lets the
    // page load its own style and script and nothing else, whatever got through.
    const QString body = svg.isEmpty()
        ? QStringLiteral("<p class=\"message\">%1</p>").arg(message.toHtmlEscaped())
        : QStringLiteral("<div id=\"map\">%1</div>").arg(svg);
    return QStringLiteral(
               "<!DOCTYPE html>\n<html class=\"%1\"><head><meta charset=\"utf-8\">\n"
               "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
               "style-src scholia:; script-src scholia:; img-src 'none'; base-uri 'none'; "
               "form-action 'none'\">\n"
               "<link rel=\"stylesheet\" href=\"scholia://map/map.css\">\n"
               "<script src=\"scholia://map/map.js\"></script>\n"
               "</head><body>\n%2\n</body></html>\n")
        .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"), body)
        .toUtf8();
}

void ArgumentMapView::activateNode(qint64 annotationId)
{
    const ArgumentClaim *claim = m_map.claim(annotationId);
    if (!claim)
        return;
    emit passageActivated(claim->passage.threadId, annotationId, claim->passage.commentSourceId);
}

void ArgumentMapView::zoomIn()
{
    zoomBy(zoomStep);
}

void ArgumentMapView::zoomOut()
{
    zoomBy(1 / zoomStep);
}

void ArgumentMapView::resetZoom()
{
    setZoomFactor(1.0);
}

void ArgumentMapView::zoomBy(qreal factor)
{
    setZoomFactor(qBound(minimumZoom, zoomFactor() * factor, maximumZoom));
}

} // namespace Scholia
