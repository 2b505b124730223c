#include "threadsaver.h"

#include "discoursethreadfetcher.h"
#include "hackernewsthreadfetcher.h"
#include "rdramathreadfetcher.h"
#include "redditthreadfetcher.h"
#include "savearchive.h"

#include <QTimer>

namespace Scholia {

ThreadSaver::ThreadSaver(FetchPolicy policy, QString archiveRoot, QObject *parent)
    : QObject(parent), m_policy(std::move(policy)), m_archiveRoot(std::move(archiveRoot))
{
}

ThreadSaver::~ThreadSaver()
{
    if (m_fetcher && !m_result)
        m_fetcher->disconnect(this);
    if (m_archive && !m_result)
        m_archive->discard();
}

bool ThreadSaver::isRunning() const
{
    return m_fetcher && !m_result;
}

int ThreadSaver::requestsMade() const
{
    return m_fetcher ? m_fetcher->client().requestsMade() : 0;
}

void ThreadSaver::start(const ThreadAddress &address)
{
    m_address = address;
    m_result.reset();
    m_comments = 0;
    auto archive = SaveArchive::create(m_archiveRoot, address.archiveSite(), address.threadId,
                                       address.address);
    if (!archive) {
        // Reported from the event loop, like every other outcome.
        QTimer::singleShot(0, this, [this, error = archive.error()] { finishWith(error); });
        return;
    }
    m_archive = std::make_unique<SaveArchive>(std::move(archive.value()));
    switch (address.site) {
    case ThreadAddress::Site::Reddit:
        m_fetcher = std::make_unique<RedditThreadFetcher>(address, m_policy);
        break;
    case ThreadAddress::Site::HackerNews:
        m_fetcher = std::make_unique<HackerNewsThreadFetcher>(address, m_policy);
        break;
    case ThreadAddress::Site::Discourse:
        m_fetcher = std::make_unique<DiscourseThreadFetcher>(address, m_policy);
        break;
    case ThreadAddress::Site::Rdrama:
        m_fetcher = std::make_unique<RdramaThreadFetcher>(address, m_policy);
        break;
    }
    PoliteHttpClient &client = m_fetcher->client();
    connect(&client, &PoliteHttpClient::requestStarted, this, &ThreadSaver::requestStarted);
    connect(&client, &PoliteHttpClient::requestFinished, this, &ThreadSaver::requestFinished);
    connect(&client, &PoliteHttpClient::waiting, this, &ThreadSaver::waiting);
    connect(&client, &PoliteHttpClient::requestFinished, this,
            [this] { emit progress(requestsMade(), m_comments); });
    connect(m_fetcher.get(), &SiteFetcher::commentsSoFar, this, [this](int comments) {
        m_comments = comments;
        emit progress(requestsMade(), m_comments);
    });
    connect(m_fetcher.get(), &SiteFetcher::finished, this, &ThreadSaver::onFetcherFinished);
    m_fetcher->start(m_archive.get());
}

void ThreadSaver::cancel()
{
    if (isRunning())
        m_fetcher->cancel();
}

void ThreadSaver::onFetcherFinished()
{
    const Result<AssembledThread> &fetched = *m_fetcher->result();
    const int requests = requestsMade();
    if (!fetched) {
        Error error = fetched.error();
        if (!error.cancelled)
            error.message = tr("%1: the save failed after %n request(s): %2", nullptr, requests)
                                .arg(m_address.address.toDisplayString(), error.message);
        m_archive->discard();
        return finishWith(error);
    }
    if (auto written =
            m_archive->writeAssembled(fetched->fileName, fetched->bytes, fetched->format);
        !written) {
        m_archive->discard();
        return finishWith(written.error());
    }
    auto committed = m_archive->commit(requests, fetched->notes);
    if (!committed) {
        m_archive->discard();
        return finishWith(committed.error());
    }
    SavedThread saved;
    saved.address = m_address.address;
    saved.folder = m_archive->folder();
    saved.threadFile = *committed;
    saved.format = fetched->format;
    saved.requests = requests;
    saved.notes = fetched->notes;
    finishWith(saved);
}

void ThreadSaver::finishWith(Result<SavedThread> result)
{
    m_result = std::move(result);
    emit finished();
}

} // namespace Scholia
