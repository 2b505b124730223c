#include "readingtracker.h"

#include "app/threadview/threadview.h"
#include "library/libraryeditor.h"
#include "store/library.h"
#include "store/threadhistorystore.h"

namespace Scholia {

ReadingTracker::ReadingTracker(ThreadView &view, LibraryEditor &editor, Library &library,
                               QObject *parent)
    : QObject(parent), m_view(view), m_editor(editor), m_library(library)
{
    connect(&view, &ThreadView::commentsRead, this, &ReadingTracker::markRead);
    connect(&view, &ThreadView::threadLeft, this, &ReadingTracker::markVisited);
    connect(&editor, &LibraryEditor::readStateChanged, this, &ReadingTracker::followReadState);
}

void ReadingTracker::markRead(const QStringList &sourceIds)
{
    // Reading is not an edit: no undo step, and the page has dropped the marks itself.
    m_pageShowsIt = true;
    const Result<void> marked = m_editor.markCommentsRead(sourceIds);
    m_pageShowsIt = false;
    // Not asked for but noticed, every few seconds while the reader reads: a library that
    // cannot be written (another process writes it, the banner says so) is not told
    // each time.
    if (!marked)
        qWarning("Scholia: %s", qPrintable(marked.error().toString()));
}

void ReadingTracker::markVisited(qint64 threadId)
{
    if (threadId <= 0)
        return;
    // What is new changes for the next visit only: the page shown keeps its marks.
    m_pageShowsIt = true;
    const Result<void> visited = m_editor.markThreadVisited(threadId);
    m_pageShowsIt = false;
    // Not the reader's request but bookkeeping, and the thread left may just have been
    // deleted: logged, not shown.
    if (!visited)
        qWarning("Scholia: %s", qPrintable(visited.error().toString()));
}

void ReadingTracker::markShownThreadRead(bool read)
{
    const qint64 threadId = m_view.currentThread();
    if (threadId <= 0)
        return;
    if (const Result<void> marked = m_editor.setThreadRead(threadId, read); !marked)
        emit failed(marked.error().message);
}

void ReadingTracker::leaveShownThread()
{
    markVisited(m_view.currentThread());
}

void ReadingTracker::followReadState(qint64 threadId)
{
    if (m_pageShowsIt || threadId != m_view.currentThread() || threadId <= 0)
        return;
    const Result<ThreadHistory> history = m_library.history().load(threadId);
    if (!history) {
        emit failed(history.error().message);
        return;
    }
    m_view.showReadingState(QStringList(history->unread.begin(), history->unread.end()),
                            QStringList(history->fresh.begin(), history->fresh.end()));
}

} // namespace Scholia
