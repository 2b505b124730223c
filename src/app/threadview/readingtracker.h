#pragma once

#include <QObject>
#include <QStringList>

namespace Scholia {

class Library;
class LibraryEditor;
class ThreadView;

// Keeps the library's read state and the thread view in step: comments the page reports
// read are marked read, the thread the reader leaves counts as visited (nothing of its
// saves is new any more), Mark Thread Read/Unread goes through the editor (undoable), and
// a change the page did not make itself (those, their undo) is drawn in the page.
class ReadingTracker : public QObject
{
    Q_OBJECT

public:
    ReadingTracker(ThreadView &view, LibraryEditor &editor, Library &library,
                   QObject *parent = nullptr);

    // The thread shown: every comment read, or every one unread again.
    void markShownThreadRead(bool read);
    // The window closes: the thread shown counts as visited.
    void leaveShownThread();

signals:
    void failed(const QString &message);

private:
    void markRead(const QStringList &sourceIds);
    void markVisited(qint64 threadId);
    void followReadState(qint64 threadId);

    ThreadView &m_view;
    LibraryEditor &m_editor;
    Library &m_library;
    // The change comes from the page, which shows it already, or is for the next visit.
    bool m_pageShowsIt = false;
};

} // namespace Scholia
