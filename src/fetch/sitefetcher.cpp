#include "sitefetcher.h"

#include "savearchive.h"

namespace Scholia {

SiteFetcher::SiteFetcher(const ThreadAddress &address, const FetchPolicy &policy,
                         const SiteScope &scope, QObject *parent)
    : QObject(parent), m_address(address), m_policy(policy), m_client(policy, scope)
{
}

SiteFetcher::~SiteFetcher() = default;

void SiteFetcher::start(SaveArchive *archive)
{
    m_archive = archive;
    begin();
}

void SiteFetcher::cancel()
{
    if (!isFinished())
        m_client.cancel();
}

QUrl SiteFetcher::on(const QUrl &origin, const QString &pathAndQuery)
{
    return QUrl(origin.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                QUrl::StripTrailingSlash) +
                pathAndQuery);
}

void SiteFetcher::fetch(const QUrl &url, const QString &rawName,
                        std::function<void(const HttpResponse &)> then)
{
    m_client.get(url, [this, rawName, then = std::move(then)](Result<HttpResponse> response) {
        if (isFinished())
            return;
        if (!response) {
            fail(response.error());
            return;
        }
        if (auto kept = keepResponse(rawName, *response); !kept) {
            fail(kept.error());
            return;
        }
        then(*response);
    });
}

Result<QString> SiteFetcher::keepResponse(const QString &rawName, const HttpResponse &response)
{
    return m_archive->writeResponse(rawName, response.body, response.url, response.status);
}

bool SiteFetcher::mayRequestMore() const
{
    return m_client.requestsMade() < m_policy.maxRequests;
}

void SiteFetcher::succeed(AssembledThread thread)
{
    if (isFinished())
        return;
    m_result = std::move(thread);
    emit finished();
}

void SiteFetcher::fail(Error error)
{
    if (isFinished())
        return;
    if (!m_failureContext.isEmpty() && !error.cancelled)
        error.message = m_failureContext + QStringLiteral("; ") + error.message;
    m_result = std::move(error);
    m_client.cancel(); // anything still queued
    emit finished();
}

} // namespace Scholia
