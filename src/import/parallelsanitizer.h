#pragma once

#include "core/commenttree.h"
#include "html/htmlsanitizer.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace Scholia {

// Runs HtmlSanitizer::sanitize on comment bodies while an importer walks its file: the
// gumbo parse of each body was about 40 % of an import's instructions (issue #8), and
// each body is sanitized on its own, so other cores can take that work. The importer
// hands over (slot, untrusted HTML) as it reads; finish() hands every result back, in the
// order added and on the importer's thread, so the document is the same as a sequential
// import's.
class ParallelSanitizer
{
public:
    // Threads sanitizing at once, the importer's own included: $SCHOLIA_IMPORT_THREADS
    // when set to a positive number (1 sanitizes everything on the importer's thread),
    // else QThread::idealThreadCount(); never less than 1.
    static int defaultThreadCount();

    explicit ParallelSanitizer(int threadCount = defaultThreadCount());
    // Stops and joins the workers; bodies not handed back by finish() are dropped. An
    // importer that fails half-way relies on this.
    ~ParallelSanitizer();
    ParallelSanitizer(const ParallelSanitizer &) = delete;
    ParallelSanitizer &operator=(const ParallelSanitizer &) = delete;

    // Queues HtmlSanitizer::sanitize(untrustedHtml) for the caller's slot (typically the
    // comment's index in the importer's list; the comment itself may still move).
    void add(qsizetype slot, QString untrustedHtml);

    // Sanitizes what no worker has taken yet on this thread, waits for the rest, then
    // calls deliver(slot, body) for every body in the order they were added. Afterwards
    // nothing is queued and the sanitizer can be used again.
    void finish(const std::function<void(qsizetype slot, SanitizedHtml &&body)> &deliver);
    // finish() for the usual case: each slot is the comment's index in `linked`, whose
    // bodies are filled in. Call it before CommentTree::arrange() reorders the list.
    void finishInto(std::vector<LinkedComment> &linked);

private:
    // The queue the workers share (guarded by its own mutex) and the workers themselves.
    struct Pool;

    void startWorkers();

    const int m_threadCount;
    std::unique_ptr<Pool> m_pool;
    bool m_workersStarted = false;
};

} // namespace Scholia
