#include "app/threadview/argumentmapschemehandler.h"

#include <QBuffer>
#include <QFile>
#include <QWebEngineUrlRequestJob>

namespace Scholia {

namespace {

void reply(QWebEngineUrlRequestJob *job, const QByteArray &contentType, const QByteArray &body)
{
    auto *buffer = new QBuffer(job);
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    job->reply(contentType, buffer);
}

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void ArgumentMapSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != "GET" || url.host() != QLatin1String("map")) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const QString path = url.path();
    if (path == QLatin1String("/page"))
        reply(job, QByteArrayLiteral("text/html;charset=utf-8"), m_page);
    else if (path == QLatin1String("/map.css"))
        reply(job, QByteArrayLiteral("text/css;charset=utf-8"), resource(QStringLiteral(":/mapweb/map.css")));
    else if (path == QLatin1String("/map.js"))
        reply(job, QByteArrayLiteral("text/javascript;charset=utf-8"), resource(QStringLiteral(":/mapweb/map.js")));
    else
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
}

} // namespace Scholia
