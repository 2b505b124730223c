#pragma once

#include "core/threaddocument.h"
#include "core/threadhistory.h"
#include "core/threadoutline.h"
#include "render/threadhtmlrenderer.h"

#include <QWebEngineUrlSchemeHandler>

#include <deque>
#include <optional>
#include <vector>

namespace Scholia {

class Library;
struct Annotation;
struct ThreadDocument;

// Serves the thread view's pages from the library: scholia://thread/<id> is a rendered
// thread, scholia://thread/<id>/save/<version>/chunk/<k> chunk k of a big thread's page
// (rendered from the library when the page asks for it; refused once the thread has been
// saved again since the page, version being its latest save then), .../save/<version>/texts
// every comment's text for Find,
// scholia://app/<file> one of Scholia's own web files. Nothing else exists.
// Pages go through here rather than setHtml, which cannot hold more than 2 MB.
class ThreadSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    static const QByteArray scheme;
    // Must run before the QApplication is created.
    static void registerScheme();
    static QUrl threadUrl(qint64 threadId, bool dark = false);
    // Threads up to this size are drawn whole (laid out at once in well under 0.1 s).
    static constexpr int defaultWholePageUpTo = 1000;
    // Bigger ones: many screens' worth at first, the first screen laid out quickly, and
    // what follows built a chunk at a time before the reader scrolls to it.
    static constexpr int defaultPageComments = 400;
    static constexpr int defaultCommentsPerChunk = 400;

    ThreadSchemeHandler(Library &library, QObject *parent = nullptr);
    void requestStarted(QWebEngineUrlRequestJob *job) override;
    // How many comments a big thread's page builds at once, and how many more at a time
    // as the reader comes near them (ThreadHtmlRenderer::Options); tests make them small.
    // Threads of up to pageComments comments are then drawn whole.
    void setChunking(int pageComments, int commentsPerChunk);

signals:
    // A thread's page is being served: the outline of what it shows, read from the library
    // for it. Whoever needs the same (the thread map) takes it here rather than reading it twice.
    void threadServed(qint64 threadId, const Scholia::ThreadOutline &outline,
                      const std::vector<Scholia::Annotation> &annotations);

private:
    // What a big thread's page was rendered with, for rendering its later chunks alone.
    struct ServedThread
    {
        qint64 id = -1;
        qint64 version = 0; // the thread's latest save when the page was served
        ThreadDocument thread; // its own fields, no comments
        ThreadHtmlRenderer::Options options;
        std::optional<ThreadHistory> history; // without the read marks when windowed:
        std::vector<bool> unread, fresh;       // those, by position (ThreadOutline's)
        ThreadHtmlRenderer::LaterChunks laterChunks;
    };
    // Pages open at once that may still ask for chunks (a view, a test's second view).
    static constexpr size_t servedThreadsKept = 4;

    void serveThread(QWebEngineUrlRequestJob *job, const QString &path);
    void serveChunk(QWebEngineUrlRequestJob *job, qint64 threadId, qint64 version, int chunk);
    void serveFindMatches(QWebEngineUrlRequestJob *job, qint64 threadId, qint64 version,
                          const QString &needle);
    // The page of this thread served at this save, if still kept; else null (a page served
    // before the thread's latest page, or evicted, asks with another version).
    const ServedThread *servedAt(qint64 threadId, qint64 version) const;
    // The thread's page as UTF-8; nothing when the library has no such thread.
    std::optional<QByteArray> threadPage(qint64 id, bool dark);
    void serveAppFile(QWebEngineUrlRequestJob *job, const QString &path);

    Library &m_library;
    int m_wholePageUpTo = defaultWholePageUpTo;
    int m_pageComments = defaultPageComments;
    int m_commentsPerChunk = defaultCommentsPerChunk;
    std::deque<ServedThread> m_servedThreads; // the most recent first
};

} // namespace Scholia
