#pragma once

#include <QList>
#include <QObject>

#include <vector>

namespace Scholia {

class FindBar;
class Library;
class LibraryEditor;
class ThreadMapStrip;
class ThreadView;
struct Annotation;
struct ThreadOutline;

// Keeps the thread map in step with the thread view: the open thread's comments and
// annotations as the page is served (read once, for both), its read marks from the
// library, the comments on screen and Find's hits from the page, and the map's clicks
// and drags back to the page as jumps. A map shown while a thread is already open reads
// the thread itself.
class ThreadMapController : public QObject
{
    Q_OBJECT

public:
    ThreadMapController(Library &library, ThreadView &view, ThreadMapStrip &strip,
                        QObject *parent = nullptr);

    void setLibraryEditor(LibraryEditor *editor);
    void setFindBar(FindBar *findBar);
    // View ▸ Thread Map.
    void setShown(bool shown);
    bool isShown() const { return m_shown; }
    // Reads the open thread's unread and new comments again (after the reader's reading
    // state changed: LibraryEditor::readStateChanged).
    void refreshReadMarks();

private:
    void takeServedThread(qint64 threadId, const ThreadOutline &outline,
                          const std::vector<Annotation> &annotations);
    void loadThread();
    void showThread(qint64 threadId, const ThreadOutline &outline,
                    const std::vector<Annotation> &annotations);
    void refreshAnnotations();
    void showViewport(int first, int last);
    void showFindHits(const QList<int> &commentIndices);
    void scrubTo(int comment);

    Library &m_library;
    ThreadView &m_view;
    ThreadMapStrip &m_strip;
    bool m_shown = false;
    qint64 m_loadedThread = 0; // whose data the map holds; 0: none, or out of date
    // The page's latest reports, kept for a map that gets its data after them.
    int m_first = -1;
    int m_last = -1;
    QList<int> m_findHits;
    // A drag sends the page one jump at a time: while one is being carried out (building
    // chunks can take a while), only the latest comment the pointer reached waits.
    bool m_scrubbing = false;
    int m_nextScrub = -1;
};

} // namespace Scholia
