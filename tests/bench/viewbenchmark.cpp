#include "viewbenchmark.h"

#include "app/threadview/offlinerequestinterceptor.h"
#include "app/threadview/threadview.h"
#include "memoryprobe.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMainWindow>
#include <QStringList>
#include <QTimer>
#include <QWebEnginePage>

#include <memory>
#include <optional>

namespace Scholia {

namespace {

// Interactive: the document is complete, the view's scripts have set up (their listeners
// go on at DOMContentLoaded, before "complete") and the last comment built has a box
// (content-visibility keeps off-screen ones as placeholders of their intrinsic size,
// which still counts: the page's layout is complete). Answers the number of comments
// built, or 0 while not yet.
const QString laidOutScript =
    QStringLiteral("(() => { const all = document.querySelectorAll('article.comment');"
                   " const last = all[all.length - 1];"
                   " return document.readyState === 'complete' && typeof Scholia === 'object' && last"
                   " && last.getBoundingClientRect().height > 0 ? all.length : 0; })()");

// The reader drags the scroll bar to the end: scrolls there.
const QString scrollToEndScript =
    QStringLiteral("window.scrollTo(0, document.documentElement.scrollHeight); 0");

// The number of comments built once comment `i` (a windowed page's index) is built and
// on screen, else 0. %1: the comment's position, or -1 for the last.
const QString shownScript = QStringLiteral(
    "(() => { const ids = Scholia.index.ids; if (!ids) return 0;"
    " const i = %1 < 0 ? ids.length - 1 : %1;"
    " const a = document.getElementById('c-' + ids[i]); if (!a) return 0;"
    " const r = a.getBoundingClientRect();"
    " return r.height > 0 && r.bottom > 0 && r.top < innerHeight"
    "   ? document.querySelectorAll('article.comment').length : 0; })()");

// Scrolls to `fraction` of the page and answers the number of comments built once no
// placeholder is left on screen (the window has caught up), else 0.
const QString scrollThroughScript = QStringLiteral(
    "(() => { window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * %1);"
    " const open = [...document.querySelectorAll('.chunk.unbuilt')].some(b => {"
    "   const r = b.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; });"
    " return open ? 0 : document.querySelectorAll('article.comment').length; })()");

const QString totalScript = QStringLiteral("Scholia.index.ensure(), Scholia.index.ids.length");

const QString phasesScript = QStringLiteral(
    "(() => { const t = performance.timing, s = t.navigationStart;"
    " return [t.responseStart - s, t.responseEnd - s, t.domInteractive - s,"
    " t.domContentLoadedEventEnd - s]; })()");

// Two animation frames: the second callback runs once the first frame was produced.
const QString requestFrameScript = QStringLiteral(
    "window.__benchFrame = 0;"
    " requestAnimationFrame(() => requestAnimationFrame(() => { window.__benchFrame = 1; })); 0");
const QString frameDoneScript = QStringLiteral("window.__benchFrame === 1");
const QString firstPaintScript = QStringLiteral(
    "(performance.getEntriesByName('first-contentful-paint')[0] || {startTime: -1}).startTime");

// Runs a script and waits for its answer; nothing when the deadline passes first.
std::optional<QVariant> evaluate(QWebEnginePage *page, const QString &script,
                                 const QDeadlineTimer &deadline)
{
    QEventLoop loop;
    std::optional<QVariant> answer;
    bool waiting = true;
    // The callback may come after this function returned (deadline): it must not touch
    // the stack then, hence the shared flag object.
    auto alive = std::make_shared<bool>(true);
    page->runJavaScript(script, [&, alive](const QVariant &value) {
        if (!*alive)
            return;
        answer = value;
        waiting = false;
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(int(qMax<qint64>(1, deadline.remainingTime())));
    if (waiting)
        loop.exec();
    *alive = false;
    return answer;
}

// Waits for loadFinished; the load's success, or nothing on timeout.
std::optional<bool> waitForLoad(QWebEngineView *view, const QDeadlineTimer &deadline,
                                QElapsedTimer *clock, double *seconds)
{
    QEventLoop loop;
    std::optional<bool> ok;
    const auto connection =
        QObject::connect(view, &QWebEngineView::loadFinished, &loop, [&](bool success) {
            if (clock && seconds)
                *seconds = double(clock->nsecsElapsed()) / 1e9;
            ok = success;
            loop.quit();
        });
    QTimer::singleShot(int(qMax<qint64>(1, deadline.remainingTime())), &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return ok;
}

// Polls until the script answers something truthy; the answer, or nothing on timeout.
std::optional<QVariant> pollUntil(QWebEnginePage *page, const QString &script,
                                  const QDeadlineTimer &deadline)
{
    while (!deadline.hasExpired()) {
        const std::optional<QVariant> answer = evaluate(page, script, deadline);
        if (answer && answer->toBool())
            return answer;
        // The renderer answers as soon as its main thread is free; a short pause keeps
        // the poll from competing with it.
        QEventLoop pause;
        QTimer::singleShot(2, &pause, &QEventLoop::quit);
        pause.exec();
    }
    return std::nullopt;
}

void settle(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

ViewMeasurement ViewBenchmark::open(qint64 threadId, int timeoutSeconds)
{
    ViewMeasurement result;
    auto window = std::make_unique<QMainWindow>();
    auto *view = new ThreadView(m_library, window.get());
    window->setCentralWidget(view);
    window->resize(1280, 1000);
    window->show();

    const QDeadlineTimer warmUpDeadline(60 * 1000);
    view->showThread(m_warmUpThread);
    if (waitForLoad(view, warmUpDeadline, nullptr, nullptr) != true) {
        result.failure = QStringLiteral("the warm-up thread did not load");
        return result;
    }
    settle(300);

    MemoryProbe::resetPeakRss();
    const QDeadlineTimer deadline(qint64(timeoutSeconds) * 1000);
    QElapsedTimer clock;
    clock.start();
    view->showThread(threadId);
    const std::optional<bool> loaded = waitForLoad(view, deadline, &clock, &result.loadFinished);
    if (loaded != true) {
        result.failure = loaded ? QStringLiteral("loadFinished(false)")
                                : QStringLiteral("no loadFinished before the timeout");
        return result;
    }
    QWebEnginePage *page = view->page();
    const std::optional<QVariant> laidOut = pollUntil(page, laidOutScript, deadline);
    if (!laidOut) {
        result.failure = QStringLiteral("not laid out before the timeout");
        return result;
    }
    result.laidOut = double(clock.nsecsElapsed()) / 1e9;
    result.comments = laidOut->toInt();
    evaluate(page, requestFrameScript, deadline);
    // Offscreen, Chromium may not produce frames for a page it thinks hidden: give the
    // frame a short deadline of its own rather than the whole timeout.
    const QDeadlineTimer frameDeadline = qMin(deadline, QDeadlineTimer(30 * 1000));
    if (pollUntil(page, frameDoneScript, frameDeadline))
        result.painted = double(clock.nsecsElapsed()) / 1e9;
    const std::optional<QVariant> firstPaint = evaluate(page, firstPaintScript, deadline);
    if (firstPaint && firstPaint->toDouble() >= 0)
        result.firstPaint = firstPaint->toDouble() / 1000;

    const std::optional<QVariant> phases = evaluate(page, phasesScript, deadline);
    if (phases && phases->toList().size() == 4) {
        const QVariantList p = phases->toList();
        result.responseStart = p[0].toDouble() / 1000;
        result.responseEnd = p[1].toDouble() / 1000;
        result.domInteractive = p[2].toDouble() / 1000;
        result.contentLoaded = p[3].toDouble() / 1000;
    }

    result.pss = MemoryProbe::pssOfProcessTree();
    QStringList perProcess; // which process holds the memory
    for (const MemoryProbe::ProcessPss &process : MemoryProbe::pssByProcess())
        perProcess << QStringLiteral("%1 %2")
                          .arg(process.kind)
                          .arg(double(process.pss) / (1024 * 1024), 0, 'f', 1);
    result.pssByProcess = perProcess.join(QStringLiteral(", "));
    result.peakRss = MemoryProbe::peakRss();

    const std::optional<QVariant> total = evaluate(page, totalScript, deadline);
    result.allComments = total ? total->toInt() : 0;
    result.mostBuilt = result.comments;
    const auto note = [&](const std::optional<QVariant> &built) {
        if (built)
            result.mostBuilt = qMax(result.mostBuilt, built->toInt());
        return built.has_value();
    };

    QElapsedTimer jump;
    jump.start();
    evaluate(page, scrollToEndScript, deadline);
    if (note(pollUntil(page, shownScript.arg(-1), deadline))) {
        result.jumpToEnd = double(jump.nsecsElapsed()) / 1e9;
        settle(500); // the neighbours the window builds after the jump
        result.pssAtEnd = MemoryProbe::pssOfProcessTree();
    }
    const int middle = result.allComments / 2;
    jump.restart();
    const std::optional<QVariant> inPage = evaluate(
        page,
        QStringLiteral("(() => { const t = performance.now();"
                       " Scholia.revealComment(Scholia.index.ids[%1], []);"
                       " return performance.now() - t; })()")
            .arg(middle),
        deadline);
    if (note(pollUntil(page, shownScript.arg(middle), deadline))) {
        result.jumpToMiddle = double(jump.nsecsElapsed()) / 1e9;
        if (inPage)
            result.jumpToMiddleInPage = inPage->toDouble() / 1000;
    }
    // Through the whole thread, a stretch at a time, each once the window caught up.
    constexpr int stretches = 100;
    for (int step = 0; step <= stretches && !deadline.hasExpired(); ++step)
        note(pollUntil(page, scrollThroughScript.arg(double(step) / stretches), deadline));
    settle(500);
    result.mostBuilt = qMax(result.mostBuilt,
                            evaluate(page, QStringLiteral("document.querySelectorAll('article.comment').length"),
                                     deadline)
                                .value_or(0)
                                .toInt());
    result.pssScrolledThrough = MemoryProbe::pssOfProcessTree();
    // Find in Thread reads every comment's text: a word no comment holds, so all of it.
    // After the scroll-through, so that row measures scrolling alone; its memory has a row
    // of its own.
    QElapsedTimer find;
    find.start();
    if (evaluate(page, QStringLiteral("(Scholia.findInThread('zqxjvw', false), Scholia.clearFind(), 1)"),
                 deadline)) {
        result.findInThread = double(find.nsecsElapsed()) / 1e9;
        settle(500);
        result.pssAfterFind = MemoryProbe::pssOfProcessTree();
    }
    result.blockedRequests = view->interceptor().blockedCount();

    window.reset();
    // Let the render process go before the next run starts another.
    settle(1000);
    return result;
}

} // namespace Scholia
