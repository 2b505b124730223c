#pragma once

#include <functional>
#include <optional>
#include <utility>

#include <QWebEngineView>

class QWebChannel;
class QWebEngineProfile;

namespace Scholia {

class LibraryEditor;
class OfflineRequestInterceptor;
struct Annotation;
class ThreadBridge;
class ThreadPage;
class ThreadSchemeHandler;
class Library;

// The centre pane: a web view on a private, off-the-record profile that can only
// load Scholia's own pages, with the bridge the page's script talks to.
class ThreadView : public QWebEngineView
{
    Q_OBJECT

public:
    ThreadView(Library &library, QWidget *parent = nullptr);
    ~ThreadView() override;

    void showThread(qint64 threadId);
    void reload();
    qint64 currentThread() const { return m_threadId; }
    const OfflineRequestInterceptor &interceptor() const { return *m_interceptor; }
    ThreadBridge &bridge() const { return *m_bridge; }
    ThreadSchemeHandler &schemeHandler() const { return *m_schemeHandler; }
    QWebEngineProfile *profile() const { return m_profile; }

    // Highlights created, changed or removed through the editor appear in place.
    void setLibraryEditor(LibraryEditor *editor);
    // Scrolls to an annotation and flashes it.
    void revealAnnotation(qint64 annotationId, const QString &commentSourceId);
    // Opens the comment (expanding collapsed subtrees around it), scrolls to it, flashes
    // it and marks where the terms occur in it. Called right after showThread, it waits
    // for the page to finish loading.
    void revealComment(const QString &commentSourceId, const QStringList &terms = {});
    // The thread map's jump to comment `index` in page order: revealed as revealComment
    // does (reveal), or only scrolled to, changing nothing (a drag over the map). `done`
    // runs once the page has carried it out.
    void jumpToComment(int index, bool reveal, const std::function<void()> &done = {});
    void setOnlyAnnotated(bool only);
    // View ▸ Only New: the comments new when the page was drawn and their ancestors.
    void setOnlyNew(bool only);
    // The thread's read state changed in the library (marked read or unread, undone):
    // the page updates its marks in place. Source ids.
    void showReadingState(const QStringList &unread, const QStringList &fresh);
    // Comments the page builds at first and per step after (ThreadSchemeHandler).
    void setChunking(int pageComments, int commentsPerChunk);
    void highlightSelection();
    void annotateFocusedComment();

    // View ▸ … actions, carried out by the page's script.
    void expandAll();
    void collapseToTopLevel();
    void collapseBelowDepth(int depth);
    void toggleShortcutHelp();
    // Caret mode in the focused comment (caret.js): selecting its text from the keyboard.
    void toggleCaretMode();

    void zoomIn();
    void zoomOut();
    void resetZoom();
    // Preferences' reading font, size and time display, on the open page and every page
    // loaded after it (CSS variables and a data attribute on <html>; thread.css uses them).
    void applyReadingStyle();

    // Dark when the Qt palette's window colour is dark.
    static bool paletteIsDark(const QPalette &palette);

signals:
    void statusMessage(const QString &message);
    // The page reports these comments of the shown thread read.
    void commentsRead(const QStringList &sourceIds);
    // Another thread (or none) is about to be shown instead of this one.
    void threadLeft(qint64 threadId);

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void createHighlight(const QString &commentId, qsizetype start, qsizetype end, const QString &exact,
                         const QRect &selection);
    void createCommentAnnotation(const QString &commentId);
    void openPopover(const Annotation &annotation, const QRect &globalAnchor);
    void showInPage(const Annotation &annotation, const QString &function);
    void toast(const QString &message);
    void applyZoom(qreal factor);
    void applyTheme();

    Library &m_library;
    QWebEngineProfile *m_profile;
    OfflineRequestInterceptor *m_interceptor;
    ThreadSchemeHandler *m_schemeHandler;
    ThreadBridge *m_bridge;
    QWebChannel *m_channel;
    ThreadPage *m_page;
    LibraryEditor *m_annotations = nullptr;
    bool m_onlyAnnotated = false;
    bool m_onlyNew = false;
    bool m_switchingThread = false;
    bool m_loading = false;
    // A revealComment asked for while the page was still loading: {comment, terms}.
    std::optional<std::pair<QString, QStringList>> m_pendingReveal;
    qint64 m_threadId = 0;
    bool m_dark = false;
};

} // namespace Scholia
