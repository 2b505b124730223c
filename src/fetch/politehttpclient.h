#pragma once

#include "core/result.h"
#include "fetchpolicy.h"
#include "sitescope.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>

class QNetworkReply;

namespace Scholia {

// One HTTP response that arrived whole with a 2xx status.
struct HttpResponse
{
    QUrl url; // after redirects
    int status = 0;
    QByteArray body;
};

// The only door to the network: GET requests, one at a time, to one site's public
// interface, as that site asks to be used. HTTPS only; redirects followed only within
// the site; Scholia's User-Agent; the site's pause between requests (and Reddit's
// X-Ratelimit-* headers); HTTP 429 waited out as Retry-After says, a few times; a
// response that stalls, takes too long or grows past the limit is abandoned. Failures
// come back as Errors naming the address, the status and the request's number.
class PoliteHttpClient : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(Result<HttpResponse>)>;

    PoliteHttpClient(const FetchPolicy &policy, const SiteScope &site, QObject *parent = nullptr);
    ~PoliteHttpClient() override;

    // Queued behind any request still running; handler is called once, on this thread.
    void get(const QUrl &url, Handler handler);
    // Ends the running request and drops the queue; their handlers get a cancelled Error.
    void cancel();

    int requestsMade() const { return m_requestsMade; }
    qint64 bytesReceived() const { return m_bytesReceived; }
    const SiteScope &site() const { return m_site; }

signals:
    void requestStarted(const QUrl &url, int number);
    void requestFinished(const QUrl &url, int status, qint64 bytes);
    // The site asked for a pause (429 Retry-After, or its rate-limit headers said so).
    void waiting(int seconds, const QString &reason);

private:
    struct Pending
    {
        QUrl url;
        Handler handler;
        int rateLimitRetries = 0;
    };
    enum class Abandoned
    {
        No,
        Stalled,
        TooSlow,
        TooLarge,
        Redirected,
        Cancelled
    };

    void scheduleNext();
    void send();
    void onReadyRead();
    void onFinished();
    void abandon(Abandoned why);
    void finishWith(Result<HttpResponse> result);
    void notePace(QNetworkReply *reply);
    QString describeFailure(QNetworkReply *reply, int status) const;

    FetchPolicy m_policy;
    SiteScope m_site;
    QNetworkAccessManager m_network;
    std::deque<Pending> m_queue;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    Abandoned m_abandoned = Abandoned::No;
    QUrl m_refusedRedirect;
    QTimer m_paceTimer;
    QTimer m_stallTimer;
    QTimer m_deadlineTimer;
    QElapsedTimer m_clock;
    qint64 m_nextAllowedAt = 0; // m_clock milliseconds
    int m_requestsMade = 0;
    qint64 m_bytesReceived = 0;
};

} // namespace Scholia
