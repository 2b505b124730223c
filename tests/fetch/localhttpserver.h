#pragma once

// A small HTTP/1.1 server on 127.0.0.1 for the fetch tests: it answers each request with
// whatever the test's handler says, including the misbehaviours a real site can show
// (stalling, sending too much, redirecting away). Nothing here reaches the internet.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace Scholia {

class LocalHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QString path; // without the query
        QUrlQuery query;
        QString target; // path and query as sent
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &h : headers)
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            return {};
        }
    };
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json; charset=utf-8";
        QList<QPair<QByteArray, QByteArray>> headers;
        bool stallAfterHeaders = false; // send the head and part of the body, then nothing
        qint64 streamBytes = 0;         // > 0: send this many filler bytes, no Content-Length

        static Reply json(const QByteArray &body)
        {
            return Reply{200, body, "application/json; charset=utf-8", {}, false, 0};
        }
        static Reply html(const QByteArray &body)
        {
            return Reply{200, body, "text/html; charset=utf-8", {}, false, 0};
        }
        static Reply withStatus(int code, const QByteArray &body = {})
        {
            return Reply{code, body, "text/plain", {}, false, 0};
        }
    };
    using Handler = std::function<Reply(const Request &)>;

    explicit LocalHttpServer(Handler handler, QObject *parent = nullptr)
        : QObject(parent), m_handler(std::move(handler))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QUrl origin() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    quint16 port() const { return m_server.serverPort(); }
    const QList<Request> &requests() const { return m_requests; }
    QStringList paths() const
    {
        QStringList out;
        for (const Request &r : m_requests)
            out << r.target;
        return out;
    }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

private:
    void serve(QTcpSocket *socket)
    {
        auto *buffer = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            buffer->clear();
            Request request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = QString::fromLatin1(first.value(1));
            const QUrl url(QStringLiteral("http://x") + request.target);
            request.path = url.path();
            request.query = QUrlQuery(url);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.append(
                        {lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
            }
            m_requests.append(request);
            respond(socket, m_handler(request));
        });
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 301:
            return "Moved Permanently";
        case 302:
            return "Found";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 429:
            return "Too Many Requests";
        case 500:
            return "Internal Server Error";
        case 503:
            return "Service Unavailable";
        default:
            return "Status";
        }
    }

    static void respond(QTcpSocket *socket, const Reply &reply)
    {
        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason(reply.status) + "\r\n";
        head += "Content-Type: " + reply.contentType + "\r\n";
        for (const auto &h : reply.headers)
            head += h.first + ": " + h.second + "\r\n";
        if (reply.streamBytes > 0) {
            head += "Connection: close\r\n\r\n";
            socket->write(head);
            socket->write(QByteArray(reply.streamBytes, 'x'));
            socket->disconnectFromHost();
            return;
        }
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        if (reply.stallAfterHeaders) {
            socket->write(reply.body.left(reply.body.size() / 2));
            return; // and never the rest: the client must give up
        }
        socket->write(reply.body);
        socket->disconnectFromHost();
    }

    Handler m_handler;
    QTcpServer m_server;
    QList<Request> m_requests;
};

} // namespace Scholia
