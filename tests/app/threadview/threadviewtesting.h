#pragma once

// What the tests of the real thread view share: running a script in the page and
// waiting for its result, opening a thread and waiting until its scripts are ready, and
// a main() that registers the scholia: scheme before the application exists (Chromium
// reads the scheme list once, at start); a comment made from HTML as an importer makes it.

#include "app/threadview/threadschemehandler.h"
#include "app/threadview/threadview.h"
#include "core/comment.h"
#include "html/htmlsanitizer.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace ThreadViewTesting {

// A comment by "writer" whose body is html, sanitized as every importer sanitizes it.
inline Scholia::Comment comment(const QString &id, const QString &html)
{
    Scholia::Comment c;
    c.sourceId = id;
    c.author = QStringLiteral("writer");
    const Scholia::SanitizedHtml body = Scholia::HtmlSanitizer::sanitize(html);
    c.bodyHtml = body.html;
    c.bodyText = body.text;
    return c;
}

// The script's result, or "<timeout>". The main world is the page's own: where
// Scholia's scripts run, and where a payload from a saved file would have run.
inline QVariant evaluate(Scholia::ThreadView &view, const QString &script,
                         quint32 world = QWebEngineScript::MainWorld, int timeoutMs = 30000)
{
    QVariant result;
    bool done = false;
    view.page()->runJavaScript(script, world, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        return QStringLiteral("<timeout>");
    return result;
}

// How many comments the page has built (a big thread's page builds only a window of them).
inline int builtCommentCount(Scholia::ThreadView &view)
{
    return evaluate(view, QStringLiteral("document.querySelectorAll('main.comments article.comment').length"))
        .toInt();
}

// Shows the thread and waits until its page has loaded and its script has set up.
inline bool open(Scholia::ThreadView &view, qint64 threadId)
{
    QSignalSpy loaded(&view, &QWebEngineView::loadFinished);
    view.showThread(threadId);
    if (!loaded.wait(60000) || !loaded.first().first().toBool())
        return false;
    return QTest::qWaitFor(
        [&] { return evaluate(view, QStringLiteral("typeof Scholia")).toString() == QLatin1String("object"); },
        10000);
}

template<typename Test>
int run(int argc, char **argv, const char *applicationName)
{
    Scholia::ThreadSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(applicationName));
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace ThreadViewTesting
