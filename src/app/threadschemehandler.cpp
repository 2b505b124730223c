#include "threadschemehandler.h"

#include "render/threadhtmlrenderer.h"
#include "store/threadstore.h"

#include <QBuffer>
#include <QFile>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

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

} // namespace

void ThreadSchemeHandler::registerScheme()
{
    QWebEngineUrlScheme definition(scheme);
    definition.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure (so the page is a secure context) but not local: pages cannot read files.
    definition.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(definition);
}

QUrl ThreadSchemeHandler::threadUrl(qint64 threadId)
{
    return QUrl(QStringLiteral("scholia://thread/%1").arg(threadId));
}

ThreadSchemeHandler::ThreadSchemeHandler(ThreadStore &store, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent), m_store(store)
{
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
    bool isNumber = false;
    const qint64 id = path.mid(1).toLongLong(&isNumber);
    if (!isNumber) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto thread = m_store.loadThread(id);
    if (!thread) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    ThreadHtmlRenderer::Options options;
    options.stylesheetUrl = QStringLiteral("scholia://app/thread.css");
    reply(job, QByteArrayLiteral("text/html;charset=utf-8"),
          ThreadHtmlRenderer::render(*thread, options).toUtf8());
}

void ThreadSchemeHandler::serveAppFile(QWebEngineUrlRequestJob *job, const QString &path)
{
    // Only the files that exist in the web resources, by exact name.
    static const QHash<QString, QByteArray> types = {
        {QStringLiteral("/thread.css"), QByteArrayLiteral("text/css;charset=utf-8")},
    };
    const auto type = types.constFind(path);
    QFile file(QStringLiteral(":/web") + path);
    if (type == types.constEnd() || !file.open(QIODevice::ReadOnly)) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    reply(job, *type, file.readAll());
}

} // namespace Scholia
