#pragma once

#include <QString>

class QThread;

namespace Scholia {

// What `scholia import` left in the library's write-ahead log (it returns once its rows
// are durable and leaves copying them into the library file to later, issue 17 round 4)
// is copied on a worker thread with its own connection when the window opens the
// library: else the window's first write past 1 000 pages, or quitting, would copy it on
// the GUI thread (about 1 s after 50 000 comments). PASSIVE: the window reads and writes
// meanwhile. The destructor waits for a copy under way (a restore or a move needs every
// connection closed).
class BackgroundCheckpoint
{
public:
    explicit BackgroundCheckpoint(QString libraryPath);
    ~BackgroundCheckpoint();
    BackgroundCheckpoint(const BackgroundCheckpoint &) = delete;
    BackgroundCheckpoint &operator=(const BackgroundCheckpoint &) = delete;

    // Starts the copy when the library's log holds anything.
    void start();

private:
    QString m_libraryPath;
    QThread *m_thread = nullptr;
};

} // namespace Scholia
