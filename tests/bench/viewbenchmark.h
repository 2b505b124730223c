#pragma once

#include <QString>

namespace Scholia {

class Library;

// One opening of a thread in the real thread view, as the user would see it.
struct ViewMeasurement
{
    double loadFinished = -1; // seconds from showThread() to loadFinished
    // … until interactive: the document is complete, the view's scripts have set up their
    // key and click listeners, and the last comment the page built has a layout box. For a big
    // thread that is the first pageComments comments; the rest are built as the reader
    // nears them (ThreadHtmlRenderer::Options::pageComments).
    double laidOut = -1;
    double painted = -1;    // … until a frame after that was produced
    double firstPaint = -1; // the page's own first-contentful-paint, from navigation start
    // The page's own clock, from navigation start (performance.timing): the first and
    // the last byte of the HTML, parsing done, DOMContentLoaded handlers done.
    double responseStart = -1, responseEnd = -1, domInteractive = -1, contentLoaded = -1;
    int comments = 0;       // article.comment elements built when interactive
    int allComments = 0;    // comments in the thread, built or not
    // A windowed page (a big thread): seconds from asking until the target is built and
    // on screen, for a jump to the end (the scroll bar dragged down) and a comment in the
    // middle (as a search result opens it); the most comments built at once over all of
    // this and a scroll through the whole thread, and PSS after the end and after it.
    double jumpToEnd = -1;
    double jumpToMiddle = -1;
    double jumpToMiddleInPage = -1; // … of which the page's own script ran (page clock)
    double findInThread = -1; // Find in Thread over every comment (a word none holds)
    int mostBuilt = 0;
    qint64 pssAtEnd = -1;
    qint64 pssScrolledThrough = -1;
    qint64 pssAfterFind = -1; // after Find in Thread, which follows the scroll-through
    int blockedRequests = 0; // requests the offline interceptor refused (should be 0)
    qint64 peakRss = -1;     // bytes, this process, from just before showThread()
    qint64 pss = -1;         // bytes, this process and its web engine processes, once painted
    QString pssByProcess;    // pss process by process, in MiB ("this 98.1, zygote 14.3, …")
    QString failure;         // empty when the page opened
};

// Opens threads in a fresh ThreadView inside a shown window (offscreen), first a small
// warm-up thread so the render process is up, then the thread to measure.
class ViewBenchmark
{
public:
    ViewBenchmark(Library &library, qint64 warmUpThread)
        : m_library(library), m_warmUpThread(warmUpThread)
    {
    }

    ViewMeasurement open(qint64 threadId, int timeoutSeconds);

private:
    Library &m_library;
    qint64 m_warmUpThread;
};

} // namespace Scholia
