#include "topicthread.h"

#include <QHash>

namespace Scholia {

std::vector<TopicThread> TopicThread::group(const std::vector<TopicPassage> &passages)
{
    std::vector<TopicThread> threads;
    QHash<qint64, size_t> indexOf;
    for (const TopicPassage &passage : passages) {
        auto found = indexOf.constFind(passage.threadId);
        if (found == indexOf.cend()) {
            found = indexOf.insert(passage.threadId, threads.size());
            threads.push_back({passage.threadId, passage.threadTitle, passage.threadSite, {}});
        }
        threads[*found].passages.push_back(passage);
    }
    return threads;
}

} // namespace Scholia
