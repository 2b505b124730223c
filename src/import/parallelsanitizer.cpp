#include "parallelsanitizer.h"

#include <QThread>
#include <QtGlobal>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace Scholia {

namespace {

// One importer feeds the workers, and a body takes far longer to sanitize than to read:
// more threads than this would only wait.
constexpr int maxThreads = 64;

} // namespace

struct ParallelSanitizer::Pool
{
    struct Job
    {
        qsizetype slot;
        QString html; // emptied once sanitized
        SanitizedHtml body;
    };

    std::mutex mutex;
    std::condition_variable jobAdded; // workers wait on it for a job or for stopping
    std::condition_variable jobDone;  // finish() waits on it for the last jobs
    // A deque, not a vector: a thread sanitizing a job keeps a reference to it, unlocked,
    // while the importer appends more (appending never moves a deque's elements).
    std::deque<Job> jobs;
    size_t nextJob = 0; // the first job no thread has taken
    size_t doneJobs = 0;
    bool stopping = false;
    std::vector<std::thread> workers;

    // Called with `lock` held: takes the next job, sanitizes it unlocked, locks again.
    void runNext(std::unique_lock<std::mutex> &lock)
    {
        Job &job = jobs[nextJob++];
        lock.unlock();
        job.body = HtmlSanitizer::sanitize(job.html);
        job.html = QString(); // a large body's source need not wait for finish()
        lock.lock();
        if (++doneJobs == jobs.size())
            jobDone.notify_all();
    }

    void work()
    {
        std::unique_lock lock(mutex);
        for (;;) {
            jobAdded.wait(lock, [this] { return stopping || nextJob < jobs.size(); });
            if (stopping)
                return;
            runNext(lock);
        }
    }
};

int ParallelSanitizer::defaultThreadCount()
{
    bool ok = false;
    const int configured = qEnvironmentVariableIntValue("SCHOLIA_IMPORT_THREADS", &ok);
    if (ok && configured > 0)
        return std::min(configured, maxThreads);
    return std::clamp(QThread::idealThreadCount(), 1, maxThreads);
}

ParallelSanitizer::ParallelSanitizer(int threadCount)
    : m_threadCount(std::clamp(threadCount, 1, maxThreads)), m_pool(std::make_unique<Pool>())
{
}

ParallelSanitizer::~ParallelSanitizer()
{
    {
        const std::lock_guard lock(m_pool->mutex);
        m_pool->stopping = true;
    }
    m_pool->jobAdded.notify_all();
    for (std::thread &worker : m_pool->workers)
        worker.join();
}

void ParallelSanitizer::add(qsizetype slot, QString untrustedHtml)
{
    Pool &pool = *m_pool;
    // Started on the first body, not before: a thread without comments starts no thread.
    if (!m_workersStarted)
        startWorkers();
    if (pool.workers.empty()) {
        // One thread only: sanitize at once, as a sequential import did, rather than keep
        // every body's source until finish().
        pool.jobs.push_back({slot, QString(), HtmlSanitizer::sanitize(untrustedHtml)});
        ++pool.nextJob;
        ++pool.doneJobs;
        return;
    }
    {
        const std::lock_guard lock(pool.mutex);
        pool.jobs.push_back({slot, std::move(untrustedHtml), SanitizedHtml()});
    }
    pool.jobAdded.notify_one();
}

void ParallelSanitizer::finish(
    const std::function<void(qsizetype slot, SanitizedHtml &&body)> &deliver)
{
    Pool &pool = *m_pool;
    std::deque<Pool::Job> done;
    {
        std::unique_lock lock(pool.mutex);
        // Rather than wait idle, the importer's thread sanitizes what is left.
        while (pool.nextJob < pool.jobs.size())
            pool.runNext(lock);
        pool.jobDone.wait(lock, [&pool] { return pool.doneJobs == pool.jobs.size(); });
        done.swap(pool.jobs);
        pool.nextJob = 0;
        pool.doneJobs = 0;
    }
    for (Pool::Job &job : done)
        deliver(job.slot, std::move(job.body));
}

void ParallelSanitizer::finishInto(std::vector<LinkedComment> &linked)
{
    finish([&linked](qsizetype slot, SanitizedHtml &&body) {
        Comment &comment = linked[size_t(slot)].comment;
        comment.bodyHtml = std::move(body.html);
        comment.bodyText = std::move(body.text);
    });
}

void ParallelSanitizer::startWorkers()
{
    m_workersStarted = true;
    // The importer's thread is one of m_threadCount: it reads the file, then sanitizes
    // in finish().
    for (int i = 1; i < m_threadCount; ++i) {
        try {
            m_pool->workers.emplace_back([pool = m_pool.get()] { pool->work(); });
        } catch (const std::system_error &) {
            break; // fewer workers (or none: all on the importer's thread) is only slower
        }
    }
}

} // namespace Scholia
