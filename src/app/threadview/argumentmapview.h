#pragma once

#include "core/argumentmap.h"

#include <QWebEngineView>

class QWebEngineProfile;

namespace Scholia {

class ArgumentMapPage;
class ArgumentMapSchemeHandler;
class Library;
class OfflineRequestInterceptor;

// The argument map pane: a thread's or a topic's map (ArgumentMapLoader → ArgumentMapDot
// → GraphvizSvg, sanitized) in a web view of its own, served like the thread page (its
// own off-the-record profile, scholia:// only, every other request blocked, a strict
// CSP), in the window's light or dark theme. Zoomable; Tab and the arrow keys move
// between claims, Enter or a click goes to the passage.
class ArgumentMapView : public QWebEngineView
{
    Q_OBJECT

public:
    ArgumentMapView(Library &library, QWidget *parent = nullptr);
    ~ArgumentMapView() override;

    // 0: nothing. The map is drawn now when the view is visible, else when it is shown.
    void showThread(qint64 threadId);
    void showTopic(const QString &tag);
    qint64 thread() const { return m_thread; }
    QString topic() const { return m_tag; }
    // Reads the map again (links or annotations changed).
    void reload();

    const ArgumentMap &map() const { return m_map; }
    int blockedRequests() const;

    // The page for a map's sanitized SVG (or, with an empty svg, for message).
    static QByteArray pageHtml(const QString &svg, const QString &message, bool dark);

public slots:
    // View ▸ Zoom (Ctrl+= / Ctrl+- / Ctrl+0) when the map has the focus.
    void zoomIn();
    void zoomOut();
    void resetZoom();

signals:
    // The reader picked a claim: show the passage, opening its thread when elsewhere.
    void passageActivated(qint64 threadId, qint64 annotationId, const QString &commentSourceId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void draw();
    void activateNode(qint64 annotationId);
    void zoomBy(qreal factor);

    Library &m_library;
    QWebEngineProfile *m_profile;
    OfflineRequestInterceptor *m_interceptor;
    ArgumentMapSchemeHandler *m_handler;
    ArgumentMapPage *m_page;
    qint64 m_thread = 0;
    QString m_tag;
    ArgumentMap m_map;
    bool m_stale = true; // to draw when next shown
    bool m_dark = false;
};

} // namespace Scholia
