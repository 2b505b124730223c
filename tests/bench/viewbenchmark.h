#pragma once

#include <QString>

namespace Scholia {

class ThreadStore;

// One opening of a thread in the real thread view, as the user would see it.
struct ViewMeasurement
{
    double loadFinished = -1; // seconds from showThread() to loadFinished
    double laidOut = -1;      // … until the last comment has a layout box, document complete
    double painted = -1;      // … until a frame after that was produced
    double firstPaint = -1;   // the page's own first-contentful-paint, from navigation start
    int comments = 0;         // article.comment elements in the page
    int blockedRequests = 0;  // requests the offline interceptor refused (should be 0)
    qint64 peakRss = -1;      // bytes, this process, from just before showThread()
    qint64 pss = -1;          // bytes, this process and its web engine processes, once painted
    QString failure;          // empty when the page opened
};

// Opens threads in a fresh ThreadView inside a shown window (offscreen), first a small
// warm-up thread so the render process is up, then the thread to measure.
class ViewBenchmark
{
public:
    ViewBenchmark(ThreadStore &store, qint64 warmUpThread)
        : m_store(store), m_warmUpThread(warmUpThread)
    {
    }

    ViewMeasurement open(qint64 threadId, int timeoutSeconds);

private:
    ThreadStore &m_store;
    qint64 m_warmUpThread;
};

} // namespace Scholia
