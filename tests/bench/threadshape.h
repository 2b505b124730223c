#pragma once

#include "generatedcomment.h"

#include <vector>

namespace Scholia {

class BenchRandom;

// Where each comment of a generated thread goes, who wrote it and when.
class ThreadShape
{
public:
    static constexpr qint64 postTime = 1700000000;

    explicit ThreadShape(BenchRandom &random) : m_random(random) {}

    // A busy thread of `count` comments: 88 % at depth 0–3, a thin tail to 12, a few
    // back-and-forth chains 30–45 deep, a few "more" stubs.
    std::vector<GeneratedComment> build(int count);
    // One reply chain: comment i answers comment i - 1.
    std::vector<GeneratedComment> buildChain(int length);

private:
    int depthOfNext();
    int parentAtDepth(int depth);
    int pick(const std::vector<int> &candidates);
    QString author();
    int add(int parent, const QString &author);

    BenchRandom &m_random;
    std::vector<GeneratedComment> m_nodes;
    std::vector<std::vector<int>> m_byDepth;
    int m_authors = 20;
};

} // namespace Scholia
