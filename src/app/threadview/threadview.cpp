#include "threadview.h"

#include "app/annotating/annotationpopover.h"
#include "app/settings/appsettings.h"
#include "app/threadview/offlineprofilesettings.h"
#include "app/threadview/offlinerequestinterceptor.h"
#include "app/threadview/threadbridge.h"
#include "app/threadview/threadpage.h"
#include "app/threadview/threadschemehandler.h"
#include "core/highlightpalette.h"
#include "library/libraryeditor.h"
#include "render/threadhtmlrenderer.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QGuiApplication>
#include <QSettings>
#include <QtMath>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

namespace Scholia {

namespace {
const QString zoomKey = QStringLiteral("threadView/zoom");
constexpr qreal zoomStep = 1.1;
constexpr qreal minimumZoom = 0.5;
constexpr qreal maximumZoom = 3.0;
} // namespace

ThreadView::ThreadView(Library &library, QWidget *parent)
    : QWebEngineView(parent), m_library(library),
      m_profile(new QWebEngineProfile(this)), // no storage name: off the record
      m_interceptor(new OfflineRequestInterceptor(m_profile)),
      m_schemeHandler(new ThreadSchemeHandler(library, m_profile)),
      m_bridge(new ThreadBridge(library, this)), m_channel(new QWebChannel(this))
{
    setAccessibleName(tr("Thread"));
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->installUrlSchemeHandler(ThreadSchemeHandler::scheme, m_schemeHandler);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    OfflineProfileSettings::apply(*m_profile);


    connect(m_bridge, &ThreadBridge::highlightRequested, this, &ThreadView::createHighlight);
    connect(m_bridge, &ThreadBridge::commentAnnotationRequested, this, &ThreadView::createCommentAnnotation);
    connect(m_bridge, &ThreadBridge::selectionRefused, this, &ThreadView::toast);
    connect(m_bridge, &ThreadBridge::commentsRead, this, &ThreadView::commentsRead);

    m_page = new ThreadPage(m_profile, this);
    m_channel->registerObject(QStringLiteral("bridge"), m_bridge);
    m_page->setWebChannel(m_channel);
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        m_loading = false;
        if (ok && m_onlyAnnotated)
            setOnlyAnnotated(true);
        if (ok && m_onlyNew)
            setOnlyNew(true);
        if (ok && m_pendingReveal) {
            const auto [comment, terms] = std::move(*m_pendingReveal);
            m_pendingReveal.reset();
            revealComment(comment, terms);
        }
    });
    setPage(m_page);
    m_dark = paletteIsDark(palette());
    m_page->setBackgroundColor(palette().color(QPalette::Base));
    applyZoom(QSettings().value(zoomKey, 1.0).toReal());
    applyReadingStyle();
    connect(&AppSettings::instance(), &AppSettings::readingStyleChanged, this, &ThreadView::applyReadingStyle);
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
    if (m_threadId > 0 && m_threadId != threadId)
        emit threadLeft(m_threadId);
    m_threadId = threadId;
    m_bridge->setThread(threadId);
    if (m_annotations) {
        // The controller announces the switch with annotationsReset; the page below is
        // about to be loaded fresh anyway, so that reset must not reload it again.
        m_switchingThread = true;
        m_annotations->setThread(threadId);
        m_switchingThread = false;
    }
    // The application palette: a widget's own may lag behind a theme switch made
    // before it was first shown.
    m_dark = paletteIsDark(QGuiApplication::palette());
    m_page->setBackgroundColor(QGuiApplication::palette().color(QPalette::Base));
    m_loading = true;
    m_pendingReveal.reset();
    if (threadId <= 0) {
        m_page->load(QUrl(QStringLiteral("scholia://app/empty.html")));
        return;
    }
    m_page->load(ThreadSchemeHandler::threadUrl(threadId, m_dark));
}

void ThreadView::reload()
{
    if (m_threadId > 0)
        showThread(m_threadId);
}

void ThreadView::setLibraryEditor(LibraryEditor *editor)
{
    m_annotations = editor;
    connect(editor, &LibraryEditor::annotationAdded, this, [this](const Annotation &a) {
        showInPage(a, a.isWholeComment() ? QStringLiteral("addWholeComment") : QStringLiteral("addHighlight"));
    });
    connect(editor, &LibraryEditor::annotationChanged, this,
            [this](const Annotation &a) { showInPage(a, QStringLiteral("updateHighlight")); });
    connect(editor, &LibraryEditor::annotationRemoved, this, [this](const Annotation &a) {
        if (a.threadId == m_threadId)
            m_page->runJavaScript(QStringLiteral("Scholia.removeHighlight(%1, %2.c)")
                                      .arg(a.id)
                                      .arg(QString::fromUtf8(
                                          QJsonDocument(QJsonObject{{QStringLiteral("c"), a.commentSourceId}})
                                              .toJson(QJsonDocument::Compact))));
    });
    connect(editor, &LibraryEditor::annotationsReset, this, [this] {
        if (!m_switchingThread && m_annotations->thread() == m_threadId)
            reload();
    });
    connect(editor, &LibraryEditor::failed, this, &ThreadView::toast);
}

void ThreadView::showInPage(const Annotation &a, const QString &function)
{
    if (a.threadId != m_threadId || a.anchorState == AnchorState::Orphaned)
        return;
    QJsonObject payload{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("commentId"), a.commentSourceId},
        {QStringLiteral("color"), a.color},
        {QStringLiteral("title"), ThreadHtmlRenderer::annotationTitle(a)},
        {QStringLiteral("label"), ThreadHtmlRenderer::wholeCommentLabel(a)},
    };
    if (a.position) {
        payload.insert(QStringLiteral("start"), qint64(a.position->start));
        payload.insert(QStringLiteral("end"), qint64(a.position->end));
    }
    // JSON is a JavaScript expression: the data cannot escape into code.
    m_page->runJavaScript(QStringLiteral("Scholia.%1(%2)")
                              .arg(function, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))));
}

void ThreadView::createHighlight(const QString &commentId, qsizetype start, qsizetype end,
                                 const QString &exact, const QRect &selection)
{
    if (!m_annotations)
        return;
    Annotation draft;
    draft.threadId = m_threadId;
    draft.commentSourceId = commentId;
    draft.position = TextPositionSelector{start, end};
    draft.quote.exact = exact;
    draft.color = HighlightPalette::defaultColorName();
    auto created = m_annotations->create(draft);
    if (!created) {
        toast(created.error().message);
        return;
    }
    m_page->runJavaScript(QStringLiteral("window.getSelection().removeAllRanges()"));
    // The page gives CSS pixels; the popover goes beside the selection, not over it.
    const qreal zoom = zoomFactor();
    const QRect local(QPoint(qFloor(selection.left() * zoom), qFloor(selection.top() * zoom)),
                      QPoint(qCeil(selection.right() * zoom), qCeil(selection.bottom() * zoom)));
    openPopover(*created, QRect(mapToGlobal(local.topLeft()), local.size()));
}

void ThreadView::createCommentAnnotation(const QString &commentId)
{
    if (!m_annotations)
        return;
    Annotation draft;
    draft.threadId = m_threadId;
    draft.commentSourceId = commentId;
    draft.color = HighlightPalette::defaultColorName();
    auto created = m_annotations->create(draft);
    if (!created) {
        toast(created.error().message);
        return;
    }
    // Pressing "c" leaves the mouse wherever it was, possibly off the view: the popover
    // then opens over the view rather than far from what the keyboard is on.
    QPoint where = QCursor::pos();
    if (!rect().contains(mapFromGlobal(where)))
        where = mapToGlobal(QPoint(width() / 3, height() / 4));
    openPopover(*created, QRect(where, QSize(1, 1)));
}

void ThreadView::openPopover(const Annotation &annotation, const QRect &globalAnchor)
{
    auto *popover = new AnnotationPopover(annotation, *m_annotations, m_library, this);
    popover->popUp(globalAnchor);
}

void ThreadView::toast(const QString &message)
{
    emit statusMessage(message);
    m_page->runJavaScript(QStringLiteral("Scholia.toast(%1)")
                              .arg(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("m"), message}})
                                                         .toJson(QJsonDocument::Compact))
                                   + QStringLiteral(".m")));
}

void ThreadView::revealAnnotation(qint64 annotationId, const QString &commentSourceId)
{
    const QString id = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("c"), commentSourceId}})
                                             .toJson(QJsonDocument::Compact));
    m_page->runJavaScript(QStringLiteral("Scholia.reveal(%1, %2.c)").arg(annotationId).arg(id));
    setFocus();
}

void ThreadView::revealComment(const QString &commentSourceId, const QStringList &terms)
{
    if (m_loading) {
        m_pendingReveal = std::make_pair(commentSourceId, terms);
        return;
    }
    // Arguments go in as JSON, never spliced into the script as text.
    const QJsonObject arguments{{QStringLiteral("c"), commentSourceId},
                                {QStringLiteral("t"), QJsonArray::fromStringList(terms)}};
    const QString json = QString::fromUtf8(QJsonDocument(arguments).toJson(QJsonDocument::Compact));
    m_page->runJavaScript(QStringLiteral("(function (a) { return Scholia.revealComment(a.c, a.t); })(%1)").arg(json));
    setFocus();
}

void ThreadView::jumpToComment(int index, bool reveal, const std::function<void()> &done)
{
    if (m_loading || index < 0) {
        if (done)
            done();
        return;
    }
    m_page->runJavaScript(QStringLiteral("Scholia.threadMap.jumpTo(%1, %2)")
                              .arg(index)
                              .arg(reveal ? QStringLiteral("true") : QStringLiteral("false")),
                          [done](const QVariant &) {
                              if (done)
                                  done();
                          });
    if (reveal)
        setFocus();
}

void ThreadView::setOnlyAnnotated(bool only)
{
    m_onlyAnnotated = only;
    m_page->runJavaScript(QStringLiteral("Scholia.showOnlyAnnotated(%1)").arg(only ? QStringLiteral("true") : QStringLiteral("false")));
}

void ThreadView::setOnlyNew(bool only)
{
    m_onlyNew = only;
    m_page->runJavaScript(QStringLiteral("Scholia.showOnlyNew(%1)").arg(only ? QStringLiteral("true") : QStringLiteral("false")));
}

void ThreadView::showReadingState(const QStringList &unread, const QStringList &fresh)
{
    // As JSON: the ids come from a saved file and cannot escape into code.
    const QJsonObject state{{QStringLiteral("unread"), QJsonArray::fromStringList(unread)},
                            {QStringLiteral("fresh"), QJsonArray::fromStringList(fresh)}};
    m_page->runJavaScript(QStringLiteral("Scholia.setReadingState(%1)")
                              .arg(QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact))));
}

void ThreadView::setChunking(int pageComments, int commentsPerChunk)
{
    m_schemeHandler->setChunking(pageComments, commentsPerChunk);
}

void ThreadView::highlightSelection() { m_page->runJavaScript(QStringLiteral("Scholia.annotateSelection()")); }
void ThreadView::annotateFocusedComment() { m_page->runJavaScript(QStringLiteral("Scholia.annotateFocused()")); }

void ThreadView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *first = menu->actions().value(0);
    QAction *highlight = new QAction(tr("&Highlight Selection\tH"), menu);
    highlight->setEnabled(m_page->hasSelection() && m_annotations);
    connect(highlight, &QAction::triggered, this, &ThreadView::highlightSelection);
    QAction *comment = new QAction(tr("&Annotate Comment\tC"), menu);
    comment->setEnabled(m_annotations != nullptr);
    connect(comment, &QAction::triggered, this, &ThreadView::annotateFocusedComment);
    menu->insertActions(first, {highlight, comment});
    if (first)
        menu->insertSeparator(first);
    menu->popup(event->globalPos());
}

void ThreadView::expandAll() { m_page->runJavaScript(QStringLiteral("Scholia.expandAll()")); }
void ThreadView::collapseToTopLevel() { m_page->runJavaScript(QStringLiteral("Scholia.collapseToTopLevel()")); }
void ThreadView::toggleShortcutHelp() { m_page->runJavaScript(QStringLiteral("Scholia.toggleHelp()")); }
void ThreadView::toggleCaretMode() { m_page->runJavaScript(QStringLiteral("Scholia.toggleCaretMode()")); }

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

void ThreadView::applyReadingStyle()
{
    const AppSettings &settings = AppSettings::instance();
    static const char *const timeNames[] = {"relative", "absolute", "both"};
    const QString family = settings.readingFontFamily();
    const QJsonObject style{
        // A CSS string list: the chosen family first, the page's own fonts after it.
        {QStringLiteral("font"), family.isEmpty() ? QString()
                                                  : QString::fromUtf8(QJsonDocument(QJsonArray{family}).toJson(
                                                        QJsonDocument::Compact)).mid(1).chopped(1)
                                                        + QStringLiteral(", \"DejaVu Sans\", sans-serif")},
        {QStringLiteral("size"), QStringLiteral("%1px").arg(settings.readingFontSize())},
        {QStringLiteral("time"), QLatin1String(timeNames[int(settings.timeDisplay())])},
        {QStringLiteral("readAfter"), qRound(settings.markReadAfterSeconds() * 1000)},
    };
    // Data as JSON, never spliced into the script as text. At DocumentCreation <html> may
    // not exist yet: then the first element the parser adds gets the style.
    const QString script = QStringLiteral(
        "(function (s) { function apply() { var e = document.documentElement;"
        " if (s.font) e.style.setProperty('--reading-font', s.font); else e.style.removeProperty('--reading-font');"
        " e.style.setProperty('--reading-size', s.size); e.setAttribute('data-time', s.time);"
        " e.setAttribute('data-read-after', s.readAfter); }"
        " if (document.documentElement) apply(); else new MutationObserver(function (m, o) {"
        " if (document.documentElement) { o.disconnect(); apply(); } }).observe(document, {childList: true});"
        " })(%1)").arg(QString::fromUtf8(QJsonDocument(style).toJson(QJsonDocument::Compact)));
    const QString name = QStringLiteral("scholia-reading-style");
    QWebEngineScriptCollection &scripts = m_page->scripts();
    for (const QWebEngineScript &old : scripts.find(name))
        scripts.remove(old);
    QWebEngineScript pageStyle;
    pageStyle.setName(name);
    pageStyle.setInjectionPoint(QWebEngineScript::DocumentCreation);
    pageStyle.setWorldId(QWebEngineScript::ApplicationWorld);
    pageStyle.setSourceCode(script);
    scripts.insert(pageStyle);
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld);
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
