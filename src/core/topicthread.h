#pragma once

#include "topicpassage.h"

#include <vector>

namespace Scholia {

// A topic's passages from one thread, for views that show them grouped.
struct TopicThread
{
    qint64 threadId = 0;
    QString title;
    QString site;
    std::vector<TopicPassage> passages;

    // Groups keep the order they are given in: a thread comes where its first passage
    // does, and its passages keep their relative order.
    static std::vector<TopicThread> group(const std::vector<TopicPassage> &passages);
};

} // namespace Scholia
