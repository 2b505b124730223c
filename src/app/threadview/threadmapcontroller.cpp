#include "threadmapcontroller.h"

#include "app/threadview/findbar.h"
#include "app/threadview/threadbridge.h"
#include "app/threadview/threadmapstrip.h"
#include "app/threadview/threadschemehandler.h"
#include "app/threadview/threadview.h"
#include "core/threaddocument.h"
#include "core/threadhistory.h"
#include "core/threadoutline.h"
#include "library/libraryeditor.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/threadhistorystore.h"
#include "store/threadstore.h"

#include <QPointer>
#include <QWebEnginePage>

#include <utility>

namespace Scholia {

namespace {
ThreadHistory historyOf(Library &library, qint64 threadId)
{
    if (auto history = library.history().load(threadId))
        return std::move(history).value();
    return {}; // the map then draws no read marks; the thread itself still shows
}
} // namespace

ThreadMapController::ThreadMapController(Library &library, ThreadView &view, ThreadMapStrip &strip,
                                         QObject *parent)
    : QObject(parent), m_library(library), m_view(view), m_strip(strip)
{
    connect(m_view.page(), &QWebEnginePage::loadStarted, this, [this] {
        if (m_view.currentThread() != m_loadedThread)
            m_strip.setComments({}); // not the last thread's map while this one loads
        m_first = m_last = -1;
        m_findHits.clear();
    });
    // Every page load may show other data (another thread, a re-import, annotations
    // imported): the scheme handler read it for the page, the map takes it from there.
    connect(&m_view.schemeHandler(), &ThreadSchemeHandler::threadServed, this,
            &ThreadMapController::takeServedThread);
    // The empty page has no thread to serve; a map hidden meanwhile missed the thread.
    connect(m_view.page(), &QWebEnginePage::loadFinished, this, &ThreadMapController::loadThread);
    connect(&m_view.bridge(), &ThreadBridge::viewportReported, this,
            &ThreadMapController::showViewport);
    connect(&m_view.bridge(), &ThreadBridge::findHitsReported, this,
            &ThreadMapController::showFindHits);
    connect(&m_strip, &ThreadMapStrip::commentActivated, &m_view,
            [this](int comment) { m_view.jumpToComment(comment, true); });
    connect(&m_strip, &ThreadMapStrip::commentScrubbed, this, &ThreadMapController::scrubTo);
}

void ThreadMapController::setLibraryEditor(LibraryEditor *editor)
{
    for (const auto signal : {&LibraryEditor::annotationAdded, &LibraryEditor::annotationChanged,
                              &LibraryEditor::annotationRemoved})
        connect(editor, signal, this, [this](const Annotation &a) {
            if (a.threadId == m_loadedThread)
                refreshAnnotations();
        });
    // Reading, marking the thread read or unread and their undo move the new/unread ticks.
    connect(editor, &LibraryEditor::readStateChanged, this, [this](qint64 threadId) {
        if (threadId == m_loadedThread)
            refreshReadMarks();
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
    loadThread();
}

void ThreadMapController::takeServedThread(qint64 threadId, const ThreadOutline &outline,
                                           const std::vector<Annotation> &annotations)
{
    if (threadId != m_view.currentThread())
        return;
    if (m_shown)
        showThread(threadId, outline, annotations);
    else
        m_loadedThread = 0; // what the map holds is out of date: read again when shown
}

void ThreadMapController::loadThread()
{
    const qint64 threadId = m_view.currentThread();
    if (!m_shown || threadId == m_loadedThread)
        return;
    if (threadId <= 0) {
        showThread(0, {}, {});
        return;
    }
    // The map needs no texts: the outline is read without them.
    auto outline = m_library.threads().loadOutline(threadId);
    auto annotations = m_library.annotations().listForThread(threadId);
    if (!outline || !annotations) {
        qWarning("Scholia: the thread map cannot read thread %lld: %s", threadId,
                 qPrintable((outline ? annotations.error() : outline.error()).toString()));
        return;
    }
    showThread(threadId, *outline, *annotations);
}

void ThreadMapController::showThread(qint64 threadId, const ThreadOutline &outline,
                                     const std::vector<Annotation> &annotations)
{
    m_loadedThread = threadId;
    m_strip.setOutline(outline);
    m_strip.setAnnotations(annotations);
    const ThreadHistory history = threadId > 0 ? historyOf(m_library, threadId) : ThreadHistory{};
    m_strip.setReadMarks(history.unread, history.fresh);
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
    if (m_loadedThread <= 0)
        return;
    const ThreadHistory history = historyOf(m_library, m_loadedThread);
    m_strip.setReadMarks(history.unread, history.fresh);
}

void ThreadMapController::scrubTo(int comment)
{
    if (m_scrubbing) {
        m_nextScrub = comment;
        return;
    }
    m_scrubbing = true;
    // The page may answer after this controller is gone (both go with the window).
    m_view.jumpToComment(comment, false, [self = QPointer<ThreadMapController>(this)] {
        if (!self)
            return;
        self->m_scrubbing = false;
        if (self->m_nextScrub >= 0)
            self->scrubTo(std::exchange(self->m_nextScrub, -1));
    });
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
