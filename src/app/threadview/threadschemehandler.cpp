#include "threadschemehandler.h"

#include "render/findmatchcounter.h"
#include "render/screencommentlimit.h"
#include "render/threadhtmlrenderer.h"
#include "render/threadscripts.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/threadhistorystore.h"
#include "store/threadstore.h"

#include <QBuffer>
#include <QFile>
#include <QUrlQuery>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

#include <algorithm>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Scholia {

const QByteArray ThreadSchemeHandler::scheme = QByteArrayLiteral("scholia");

namespace {

void reply(QWebEngineUrlRequestJob *job, const QByteArray &contentType, const QByteArray &body)
{
    auto *buffer = new QBuffer(job);
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    job->reply(contentType, buffer);
}

// Pages bigger than this (about 1 000 comments), and windowed ones, give the memory that
// built them back to the system once served.
constexpr qsizetype bigPageBytes = 1024 * 1024;

// A big thread's page is built from tens of thousands of small allocations (the comments
// as loaded, their HTML in pieces) that are all freed once it is written. glibc keeps
// freed heap for reuse instead of returning it, and holes below live blocks are never
// returned on their own: after a 50 000-comment thread Scholia kept 140 MiB it no longer
// used (measured with scholia-bench-view), a third of the view's whole footprint.
void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

// The history with the read marks of these comments, the ones from position `first` on,
// taken from the outline's flags: a page's or a chunk's few hundred ids, never every
// comment's (200 000 ids in a set took 0.6 s of a 200 000-comment thread's opening).
// `history` already has the outline's missing and kept marks (withCommentMarksOf).
ThreadHistory withReadMarksOf(ThreadHistory history, const std::vector<bool> &unread,
                              const std::vector<bool> &fresh, size_t first,
                              const std::vector<Comment> &comments)
{
    for (size_t i = 0; i < comments.size() && first + i < unread.size(); ++i) {
        if (unread[first + i])
            history.unread.insert(comments[i].sourceId);
        if (fresh[first + i])
            history.fresh.insert(comments[i].sourceId);
    }
    return history;
}

// The history read without its per-comment marks, with the outline's missing and kept
// ones (few comments have them: every one goes in, for the page and all its chunks).
ThreadHistory withCommentMarksOf(ThreadHistory history, const ThreadOutline &outline)
{
    history.missingSince = outline.missingSince;
    history.keptAfterRemoval = outline.keptAfterRemoval;
    return history;
}

} // namespace

void ThreadSchemeHandler::registerScheme()
{
    QWebEngineUrlScheme definition(scheme);
    definition.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure (so the page is a secure context) but not local: pages cannot read files.
    // CORS-enabled so that a page may fetch its own chunks (same origin).
    definition.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::CorsEnabled);
    QWebEngineUrlScheme::registerScheme(definition);
}

QUrl ThreadSchemeHandler::threadUrl(qint64 threadId, bool dark)
{
    QUrl url(QStringLiteral("scholia://thread/%1").arg(threadId));
    url.setQuery(QStringLiteral("theme=%1").arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));
    return url;
}

ThreadSchemeHandler::ThreadSchemeHandler(Library &library, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent), m_library(library)
{
}

void ThreadSchemeHandler::setChunking(int pageComments, int commentsPerChunk)
{
    m_pageComments = qMax(1, pageComments);
    m_wholePageUpTo = m_pageComments;
    m_commentsPerChunk = qMax(1, commentsPerChunk);
}

void ThreadSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    if (url.host() == QLatin1String("thread"))
        serveThread(job, url.path());
    else if (url.host() == QLatin1String("app"))
        serveAppFile(job, url.path());
    else
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
}

void ThreadSchemeHandler::serveThread(QWebEngineUrlRequestJob *job, const QString &path)
{
    const QStringList parts = path.mid(1).split(QLatin1Char('/'));
    bool isNumber = false;
    const qint64 id = parts.value(0).toLongLong(&isNumber);
    // <id>/save/<version>/chunk/<k>
    if (parts.size() == 5 && parts[1] == QLatin1String("save") && parts[3] == QLatin1String("chunk") && isNumber) {
        bool isVersion = false;
        bool isChunk = false;
        const qint64 version = parts[2].toLongLong(&isVersion);
        const int chunk = parts[4].toInt(&isChunk);
        if (isVersion && isChunk)
            serveChunk(job, id, version, chunk);
        else
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    // <id>/save/<version>/find?q=<needle>: Find in Thread's matches (find.js)
    if (parts.size() == 4 && parts[1] == QLatin1String("save") && parts[3] == QLatin1String("find") && isNumber) {
        bool isVersion = false;
        const qint64 version = parts[2].toLongLong(&isVersion);
        if (isVersion)
            serveFindMatches(job, id, version,
                             QUrlQuery(job->requestUrl()).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded));
        else
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    if (parts.size() != 1)
        isNumber = false;
    const bool dark = QUrlQuery(job->requestUrl()).queryItemValue(QStringLiteral("theme"))
        == QLatin1String("dark");
    // Built in a function of its own, so that the thread and every string that made the
    // page are gone before the memory is released.
    const std::optional<QByteArray> page = isNumber ? threadPage(id, dark) : std::nullopt;
    if (!page) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    // Once Chromium has read the page (the job goes then) rather than now: trimming takes
    // 15 ms for a 50 000-comment thread, better spent while the page is being parsed
    // than before its first byte leaves.
    // A windowed thread's page is small, but loading the whole thread made it.
    const bool windowed = !m_servedThreads.empty() && m_servedThreads.front().id == id;
    if (page->size() > bigPageBytes || windowed)
        connect(job, &QObject::destroyed, this, &releaseFreedMemory);
    reply(job, QByteArrayLiteral("text/html;charset=utf-8"), *page);
}

std::optional<QByteArray> ThreadSchemeHandler::threadPage(qint64 id, bool dark)
{
    // Read before the comments: a save in between makes the page's chunk requests refused
    // (it reloads), never answered from comments the page was not served from.
    const Result<qint64> version = m_library.threads().latestSaveId(id);
    // A big thread's page holds its first comments only, and the others' outline (ids,
    // depths, text lengths, no texts); the others are read when the page asks for their
    // chunk (serveChunk). A small one is built whole.
    Result<ThreadOutline> outline = m_library.threads().loadOutline(id);
    if (!outline || !version)
        return std::nullopt;
    const bool windowed = outline->size() > size_t(m_wholePageUpTo) && outline->size() > size_t(m_pageComments);
    auto thread = windowed ? m_library.threads().loadThreadStart(id, m_pageComments)
                           : m_library.threads().loadThread(id);
    if (!thread)
        return std::nullopt;
    ScreenCommentLimit::apply(*thread); // a 100 MB comment would stall Chromium's layout
    ThreadHtmlRenderer::Options options;
    options.stylesheetUrl = QStringLiteral("scholia://app/thread.css");
    // Deferred scripts run in document order: QWebChannel's client, then Scholia's own.
    options.scriptUrls = {QStringLiteral("scholia://app/qwebchannel.js")};
    for (const QString &name : ThreadScripts::fileNames())
        options.scriptUrls << QStringLiteral("scholia://app/") + name;
    options.darkTheme = dark;
    if (outline->size() > size_t(m_wholePageUpTo))
        options.pageComments = m_pageComments;
    options.commentsPerChunk = m_commentsPerChunk;
    if (auto state = m_library.threads().loadViewState(id))
        options.viewState = *state;
    if (auto annotations = m_library.annotations().listForThread(id))
        options.annotations = std::move(annotations).value();
    // Without its history the thread is still shown, as its latest save. A windowed
    // page's per-comment marks are the outline's: the missing and kept ones go in whole,
    // the read ones of the page's own comments here, each chunk's when it is served.
    Result<ThreadHistory> history = m_library.history().load(
        id, windowed ? ThreadHistoryStore::CommentMarks::Left : ThreadHistoryStore::CommentMarks::Included);
    if (history && windowed)
        history = withCommentMarksOf(std::move(history).value(), *outline);
    std::optional<ThreadHistory> pageHistory;
    if (history && windowed)
        pageHistory = withReadMarksOf(*history, outline->unread, outline->fresh, 0, thread->comments);
    else if (history)
        pageHistory = *history;
    if (pageHistory)
        options.history = &*pageHistory;
    if (outline->size() > size_t(options.pageComments))
        options.laterChunksUrl = QStringLiteral("scholia://thread/%1/save/%2/chunk/").arg(id).arg(*version);
    if (!windowed) // its comments were cut by ScreenCommentLimit: their lengths as drawn
        *outline = ThreadOutline::of(thread->comments);
    emit threadServed(id, *outline, options.annotations);
    ServedThread served;
    const QByteArray page = ThreadHtmlRenderer::render(*thread, *outline, options, &served.laterChunks).toUtf8();
    std::erase_if(m_servedThreads, [id](const ServedThread &s) { return s.id == id; });
    if (!options.laterChunksUrl.isEmpty()) {
        served.id = id;
        served.version = *version;
        thread->comments = {};
        served.thread = std::move(*thread);
        if (history)
            served.history = *history;
        if (windowed) {
            served.unread = std::move(outline->unread);
            served.fresh = std::move(outline->fresh);
        }
        served.options = std::move(options);
        m_servedThreads.push_front(std::move(served));
        // Pointing into the entry where it now lives (a deque's elements stay put).
        ServedThread &kept = m_servedThreads.front();
        kept.options.history = kept.history ? &*kept.history : nullptr;
        if (m_servedThreads.size() > servedThreadsKept)
            m_servedThreads.pop_back();
    }
    return page;
}

void ThreadSchemeHandler::serveChunk(QWebEngineUrlRequestJob *job, qint64 threadId, qint64 version,
                                     int chunk)
{
    const ServedThread *served = servedAt(threadId, version);
    if (!served || chunk < 0 || chunk >= served->laterChunks.chunkCount()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    const ThreadHtmlRenderer::LaterChunks &later = served->laterChunks;
    auto comments = m_library.threads().loadComments(threadId, later.firstOf(chunk), later.countOf(chunk));
    // Checked after reading: a save since the page was served, even one that committed
    // while the comments were read, refuses them; the page then reloads (chunks.js).
    const Result<qint64> latest = m_library.threads().latestSaveId(threadId);
    if (!comments || !latest || *latest != version || int(comments->size()) != later.countOf(chunk)) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    ThreadDocument part;
    part.comments = std::move(comments).value();
    ScreenCommentLimit::apply(part); // as the page's own comments were cut
    if (served->unread.empty() || !served->history) {
        reply(job, QByteArrayLiteral("text/html;charset=utf-8"),
              ThreadHtmlRenderer::renderChunk(served->thread, served->options, later, chunk, part.comments)
                  .toUtf8());
        return;
    }
    // The history the page was served with lacks the read marks (the outline had them):
    // this chunk's own are put back for its comments.
    const ThreadHistory history =
        withReadMarksOf(*served->history, served->unread, served->fresh, size_t(later.firstOf(chunk)), part.comments);
    ThreadHtmlRenderer::Options options = served->options;
    options.history = &history;
    reply(job, QByteArrayLiteral("text/html;charset=utf-8"),
          ThreadHtmlRenderer::renderChunk(served->thread, options, later, chunk, part.comments).toUtf8());
}

const ThreadSchemeHandler::ServedThread *ThreadSchemeHandler::servedAt(qint64 threadId, qint64 version) const
{
    const auto served = std::find_if(m_servedThreads.begin(), m_servedThreads.end(),
                                     [threadId](const ServedThread &s) { return s.id == threadId; });
    return served != m_servedThreads.end() && served->version == version ? &*served : nullptr;
}

void ThreadSchemeHandler::serveFindMatches(QWebEngineUrlRequestJob *job, qint64 threadId, qint64 version,
                                           const QString &needle)
{
    if (!servedAt(threadId, version)) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    const Result<QString> texts = m_library.threads().commentTexts(threadId);
    // As for a chunk: checked after reading.
    const Result<qint64> latest = m_library.threads().latestSaveId(threadId);
    if (!texts || !latest || *latest != version) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    // The texts (about 120 MB at 200 000 comments) go with this call; the page gets only the
    // matching comments' positions.
    connect(job, &QObject::destroyed, this, &releaseFreedMemory);
    reply(job, QByteArrayLiteral("text/plain;charset=utf-8"), FindMatchCounter::matchesIn(*texts, needle));
}

void ThreadSchemeHandler::serveAppFile(QWebEngineUrlRequestJob *job, const QString &path)
{
    // Only these files, by exact name: Scholia's own, and Qt's QWebChannel client.
    struct AppFile
    {
        QString resource;
        QByteArray type;
    };
    static const QHash<QString, AppFile> files = [] {
        const QByteArray script = QByteArrayLiteral("text/javascript;charset=utf-8");
        QHash<QString, AppFile> files = {
            {QStringLiteral("/thread.css"),
             {QStringLiteral(":/web/thread.css"), QByteArrayLiteral("text/css;charset=utf-8")}},
            {QStringLiteral("/qwebchannel.js"),
             {QStringLiteral(":/qtwebchannel/qwebchannel.js"), script}},
        };
        for (const QString &name : ThreadScripts::fileNames())
            files.insert(QLatin1Char('/') + name, {ThreadScripts::resourcePath(name), script});
        return files;
    }();
    if (path == QLatin1String("/empty.html")) {
        // Shown when no thread is: nothing of the library, nothing to run.
        reply(job, QByteArrayLiteral("text/html;charset=utf-8"),
              QByteArrayLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">"
                                "</head><body></body></html>"));
        return;
    }
    const auto found = files.constFind(path);
    if (found == files.constEnd()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    QFile file(found->resource);
    if (!file.open(QIODevice::ReadOnly)) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    reply(job, found->type, file.readAll());
}

} // namespace Scholia
