#include "threadmapcontroller.h"

#include "app/threadview/findbar.h"
#include "app/threadview/threadbridge.h"
#include "app/threadview/threadmapstrip.h"
#include "app/threadview/threadview.h"
#include "library/annotatedthreadloader.h"
#include "library/libraryeditor.h"
#include "store/annotationstore.h"
#include "store/library.h"

#include <QTimer>
#include <QWebEnginePage>

namespace Scholia {

ThreadMapController::ThreadMapController(Library &library, ThreadView &view, ThreadMapStrip &strip,
                                         QObject *parent)
    : QObject(parent), m_library(library), m_view(view), m_strip(strip)
{
    // Every page load may show other data (another thread, a re-import, annotations
    // imported): read it again once the page is up, so the page is not kept waiting.
    connect(m_view.page(), &QWebEnginePage::loadStarted, this, [this] {
        if (m_view.currentThread() != m_loadedThread)
            m_strip.setComments({}); // not the last thread's map while this one loads
        m_loadedThread = 0;
        m_first = m_last = -1;
        m_findHits.clear();
    });
    connect(m_view.page(), &QWebEnginePage::loadFinished, this,
            [this] { QTimer::singleShot(0, this, &ThreadMapController::loadThread); });
    connect(&m_view.bridge(), &ThreadBridge::viewportReported, this,
            &ThreadMapController::showViewport);
    connect(&m_view.bridge(), &ThreadBridge::findHitsReported, this,
            &ThreadMapController::showFindHits);
    connect(&m_strip, &ThreadMapStrip::commentActivated, &m_view,
            [this](int comment) { m_view.jumpToComment(comment, true); });
    connect(&m_strip, &ThreadMapStrip::commentScrubbed, &m_view,
            [this](int comment) { m_view.jumpToComment(comment, false); });
}

void ThreadMapController::setLibraryEditor(LibraryEditor *editor)
{
    for (const auto signal : {&LibraryEditor::annotationAdded, &LibraryEditor::annotationChanged,
                              &LibraryEditor::annotationRemoved})
        connect(editor, signal, this, [this](const Annotation &a) {
            if (a.threadId == m_loadedThread)
                refreshAnnotations();
        });
}

void ThreadMapController::setFindBar(FindBar *findBar)
{
    connect(findBar, &FindBar::closed, this, [this] { showFindHits({}); });
    connect(findBar, &FindBar::searched, this, [this](int matches) {
        if (matches == 0)
            showFindHits({});
    });
}

void ThreadMapController::setShown(bool shown)
{
    m_shown = shown;
    m_strip.setVisible(shown);
    if (shown && m_loadedThread != m_view.currentThread())
        loadThread();
}

void ThreadMapController::loadThread()
{
    const qint64 threadId = m_view.currentThread();
    if (!m_shown || threadId == m_loadedThread)
        return;
    auto thread = threadId > 0 ? AnnotatedThreadLoader::load(m_library, threadId)
                               : Result<AnnotatedThread>(AnnotatedThread{});
    if (!thread) {
        qWarning("Scholia: the thread map cannot read thread %lld: %s", threadId,
                 qPrintable(thread.error().toString()));
        m_strip.setComments({});
        return;
    }
    m_loadedThread = threadId;
    m_strip.setComments(thread->thread.comments);
    m_strip.setAnnotations(thread->annotations);
    m_strip.setReadMarks(thread->history.unread, thread->history.fresh);
    m_strip.setFindHits(m_findHits);
    m_strip.setViewport(m_first, m_last);
}

void ThreadMapController::refreshAnnotations()
{
    if (auto annotations = m_library.annotations().listForThread(m_loadedThread))
        m_strip.setAnnotations(*annotations);
}

void ThreadMapController::refreshReadMarks()
{
    // The history is read with the thread: read it all again when it is shown.
    const qint64 threadId = m_loadedThread;
    m_loadedThread = 0;
    if (threadId > 0)
        loadThread();
}

void ThreadMapController::showViewport(int first, int last)
{
    m_first = first;
    m_last = last;
    m_strip.setViewport(first, last);
}

void ThreadMapController::showFindHits(const QList<int> &commentIndices)
{
    m_findHits = commentIndices;
    m_strip.setFindHits(commentIndices);
}

} // namespace Scholia
