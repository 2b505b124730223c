#pragma once

#include <QList>
#include <QObject>

namespace Scholia {

class FindBar;
class Library;
class LibraryEditor;
class ThreadMapStrip;
class ThreadView;

// Keeps the thread map in step with the thread view: the open thread's comments,
// annotations and read marks from the library, the comments on screen and Find's hits
// from the page, and the map's clicks and drags back to the page as jumps. Reads nothing
// from the library while the map is hidden; catches up when it is shown.
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
    // state changed).
    void refreshReadMarks();

private:
    void loadThread();
    void refreshAnnotations();
    void showViewport(int first, int last);
    void showFindHits(const QList<int> &commentIndices);

    Library &m_library;
    ThreadView &m_view;
    ThreadMapStrip &m_strip;
    bool m_shown = false;
    qint64 m_loadedThread = 0; // whose data the map holds; 0: none, or out of date
    // The page's latest reports, kept for a map that loads its data after them.
    int m_first = -1;
    int m_last = -1;
    QList<int> m_findHits;
};

} // namespace Scholia
