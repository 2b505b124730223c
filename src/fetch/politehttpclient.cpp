#include "politehttpclient.h"

#include <QDateTime>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace Scholia {

namespace {

// Retry-After is seconds or an HTTP date; nothing when it says neither.
std::optional<qint64> retryAfterMs(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return std::max<qint64>(0, seconds) * 1000;
    QString date = QString::fromLatin1(trimmed);
    date.replace(QLatin1String(" GMT"), QLatin1String(" +0000"));
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at));
}

} // namespace

PoliteHttpClient::PoliteHttpClient(const FetchPolicy &policy, const SiteScope &site,
                                   QObject *parent)
    : QObject(parent), m_policy(policy), m_site(site.forPolicy(policy))
{
    // The system's proxy (environment, desktop settings) for real sites; a test's own
    // loopback server is reached directly.
    if (m_policy.testOrigin)
        m_network.setProxy(QNetworkProxy::NoProxy);
    else
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_network.setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_network.setAutoDeleteReplies(false);
    m_paceTimer.setSingleShot(true);
    m_stallTimer.setSingleShot(true);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_paceTimer, &QTimer::timeout, this, &PoliteHttpClient::send);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] { abandon(Abandoned::Stalled); });
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] { abandon(Abandoned::TooSlow); });
    m_clock.start();
}

PoliteHttpClient::~PoliteHttpClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply;
    }
}

void PoliteHttpClient::get(const QUrl &url, Handler handler)
{
    m_queue.push_back({m_site.route(url), std::move(handler)});
    if (m_queue.size() == 1 && !m_reply && !m_paceTimer.isActive())
        scheduleNext();
}

void PoliteHttpClient::cancel()
{
    m_paceTimer.stop();
    if (m_reply) {
        abandon(Abandoned::Cancelled);
        return;
    }
    while (!m_queue.empty())
        finishWith(Error::cancellation(tr("the save was cancelled")));
}

void PoliteHttpClient::scheduleNext()
{
    if (m_queue.empty())
        return;
    const qint64 wait = std::max<qint64>(0, m_nextAllowedAt - m_clock.elapsed());
    m_paceTimer.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

void PoliteHttpClient::send()
{
    if (m_queue.empty())
        return;
    const Pending &pending = m_queue.front();
    if (!m_site.allows(pending.url)) {
        finishWith(Error::of(tr("%1: refused: Scholia only asks %2 over HTTPS")
                                 .arg(pending.url.toDisplayString(), m_site.name)));
        return;
    }
    QNetworkRequest request(pending.url);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_policy.userAgent);
    request.setMaximumRedirectsAllowed(5);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    m_body.clear();
    m_abandoned = Abandoned::No;
    m_refusedRedirect.clear();
    ++m_requestsMade;
    emit requestStarted(pending.url, m_requestsMade);
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &PoliteHttpClient::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &PoliteHttpClient::onFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_policy.maxResponseBytes)
            abandon(Abandoned::TooLarge);
    });
    connect(m_reply, &QNetworkReply::redirected, this, [this](const QUrl &target) {
        if (m_site.allows(target)) {
            emit m_reply->redirectAllowed();
            return;
        }
        m_refusedRedirect = target;
        abandon(Abandoned::Redirected);
    });
    m_stallTimer.start(m_policy.stallTimeout);
    m_deadlineTimer.start(m_policy.requestTimeout);
}

void PoliteHttpClient::onReadyRead()
{
    if (!m_reply)
        return;
    m_body += m_reply->readAll();
    m_stallTimer.start(m_policy.stallTimeout);
    if (m_body.size() > m_policy.maxResponseBytes ||
        m_bytesReceived + m_body.size() > m_policy.maxTotalBytes)
        abandon(Abandoned::TooLarge);
}

void PoliteHttpClient::abandon(Abandoned why)
{
    if (!m_reply || m_abandoned != Abandoned::No)
        return;
    m_abandoned = why;
    m_reply->abort(); // finished() follows, and reports why
}

void PoliteHttpClient::notePace(QNetworkReply *reply)
{
    qint64 next = m_clock.elapsed() + m_site.pause.count();
    if (m_site.readsRateLimitHeaders && !m_site.onlyOrigin.isValid()) {
        bool remainingOk = false, resetOk = false;
        const double remaining = reply->rawHeader("X-Ratelimit-Remaining").toDouble(&remainingOk);
        const double reset = reply->rawHeader("X-Ratelimit-Reset").toDouble(&resetOk);
        if (remainingOk && resetOk && remaining < 1.0 && reset > 0) {
            next = std::max(next, m_clock.elapsed() + qint64(reset * 1000));
            emit waiting(int(reset + 0.5),
                         tr("%1's limit for this period is used up").arg(m_site.name));
        }
    }
    m_nextAllowedAt = next;
}

QString PoliteHttpClient::describeFailure(QNetworkReply *reply, int status) const
{
    const QString address = m_queue.front().url.toDisplayString();
    const QString number = tr("request %1").arg(m_requestsMade);
    switch (m_abandoned) {
    case Abandoned::Stalled:
        return tr("%1: the server sent nothing for %2 s and was given up (%3)")
            .arg(address)
            .arg(m_policy.stallTimeout.count() / 1000.0)
            .arg(number);
    case Abandoned::TooSlow:
        return tr("%1: the response took longer than %2 s and was given up (%3)")
            .arg(address)
            .arg(m_policy.requestTimeout.count() / 1000)
            .arg(number);
    case Abandoned::TooLarge:
        return tr("%1: the response is larger than Scholia accepts (%2 MB for one response, "
                  "%3 MB for a whole save) (%4)")
            .arg(address)
            .arg(m_policy.maxResponseBytes >> 20)
            .arg(m_policy.maxTotalBytes >> 20)
            .arg(number);
    case Abandoned::Redirected:
        return tr("%1: the server redirected to %2, which is not %3; not followed (%4)")
            .arg(address, m_refusedRedirect.toDisplayString(), m_site.name, number);
    case Abandoned::Cancelled:
    case Abandoned::No:
        break;
    }
    if (status != 0) {
        const QString reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        QString hint;
        if (status == 403)
            hint = tr(": the thread is private, quarantined or needs a login");
        else if (status == 404)
            hint = tr(": no such thread (deleted, or a mistyped address)");
        else if (status == 429)
            hint = tr(": the site's rate limit; try again later");
        return tr("%1: HTTP %2%3%4 (%5)")
            .arg(address)
            .arg(status)
            .arg(reason.isEmpty() ? QString() : QLatin1Char(' ') + reason, hint, number);
    }
    return tr("%1: %2 (%3)").arg(address, reply->errorString(), number);
}

void PoliteHttpClient::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_stallTimer.stop();
    m_deadlineTimer.stop();
    if (reply->isReadable())
        m_body += reply->readAll();
    m_bytesReceived += m_body.size();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl finalUrl = reply->url();
    emit requestFinished(m_queue.front().url, status, m_body.size());
    notePace(reply);
    m_reply = nullptr;
    reply->deleteLater();

    if (m_abandoned == Abandoned::Cancelled) {
        m_abandoned = Abandoned::No;
        finishWith(Error::cancellation(tr("the save was cancelled")));
        cancel(); // and whatever was queued behind it
        return;
    }
    if (m_abandoned == Abandoned::No && status == 429) {
        Pending &pending = m_queue.front();
        const qint64 wait = retryAfterMs(reply->rawHeader("Retry-After"))
                                .value_or(qint64(5000) * (pending.rateLimitRetries + 1));
        if (pending.rateLimitRetries < m_policy.maxRateLimitRetries &&
            wait <= m_policy.maxRetryAfter.count()) {
            ++pending.rateLimitRetries;
            m_nextAllowedAt = std::max(m_nextAllowedAt, m_clock.elapsed() + wait);
            emit waiting(int((wait + 999) / 1000),
                         tr("%1 asked Scholia to wait (HTTP 429, Retry-After)").arg(m_site.name));
            scheduleNext();
            return;
        }
        QString message = describeFailure(reply, status);
        if (wait > m_policy.maxRetryAfter.count())
            message += tr("; the site asks to wait %1 s before the next request").arg(wait / 1000);
        else
            message += tr("; still limited after %1 waits").arg(pending.rateLimitRetries);
        finishWith(Error::of(message));
        return;
    }
    if (m_abandoned != Abandoned::No || reply->error() != QNetworkReply::NoError || status < 200 ||
        status > 299) {
        const QString message = describeFailure(reply, status);
        finishWith(Error::of(message));
        return;
    }
    finishWith(HttpResponse{finalUrl, status, std::exchange(m_body, {})});
}

void PoliteHttpClient::finishWith(Result<HttpResponse> result)
{
    Pending pending = std::move(m_queue.front());
    m_queue.pop_front();
    m_abandoned = Abandoned::No;
    scheduleNext();
    pending.handler(std::move(result));
}

} // namespace Scholia
