#pragma once

#include <QWebEngineView>

class QWebChannel;
class QWebEngineProfile;

namespace Scholia {

class OfflineRequestInterceptor;
class ThreadBridge;
class ThreadPage;
class ThreadStore;

// The centre pane: a web view on a private, off-the-record profile that can only
// load Scholia's own pages, with the bridge the page's script talks to.
class ThreadView : public QWebEngineView
{
    Q_OBJECT

public:
    ThreadView(ThreadStore &store, QWidget *parent = nullptr);
    ~ThreadView() override;

    void showThread(qint64 threadId);
    void reload();
    qint64 currentThread() const { return m_threadId; }
    const OfflineRequestInterceptor &interceptor() const { return *m_interceptor; }
    ThreadBridge &bridge() const { return *m_bridge; }
    QWebEngineProfile *profile() const { return m_profile; }

    // View ▸ … actions, carried out by the page's script.
    void expandAll();
    void collapseToTopLevel();
    void collapseBelowDepth(int depth);
    void toggleShortcutHelp();

    void zoomIn();
    void zoomOut();
    void resetZoom();

    // Dark when the Qt palette's window colour is dark.
    static bool paletteIsDark(const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyZoom(qreal factor);
    void applyTheme();

    QWebEngineProfile *m_profile;
    OfflineRequestInterceptor *m_interceptor;
    ThreadBridge *m_bridge;
    QWebChannel *m_channel;
    ThreadPage *m_page;
    qint64 m_threadId = 0;
    bool m_dark = false;
};

} // namespace Scholia
