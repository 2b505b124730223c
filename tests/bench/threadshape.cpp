#include "threadshape.h"

#include "benchrandom.h"

namespace Scholia {

namespace {

QString base36(qint64 value)
{
    return QString::number(value, 36);
}

} // namespace

std::vector<GeneratedComment> ThreadShape::build(int count)
{
    // A few long back-and-forth arguments, added last so they hang off older comments.
    std::vector<int> chains;
    int inChains = 0;
    for (int i = count >= 200 ? qMax(1, count / 2000) : 0; i > 0; --i) {
        const int length = m_random.between(30, 45);
        if (inChains + length > count / 2)
            break;
        chains.push_back(length);
        inChains += length;
    }
    m_authors = qMax(20, count / 6);
    for (int i = count - inChains; i > 0; --i) {
        const int parent = parentAtDepth(depthOfNext());
        add(parent, author());
    }
    for (const int length : chains) {
        const int start = m_byDepth.size() > 2 ? m_random.between(1, 2) : 0;
        int parent = start == 0 ? -1 : pick(m_byDepth[size_t(start - 1)]);
        const QString a = author();
        const QString b = author();
        for (int i = 0; i < length; ++i)
            parent = add(parent, i % 2 ? b : a);
    }
    // A few places where the saved page stopped: "load more comments".
    for (int i = count / 200; i > 0; --i) {
        const int at = m_random.below(int(m_nodes.size()));
        m_nodes[size_t(at)].moreReplies = m_random.between(1, 30);
    }
    return std::move(m_nodes);
}

std::vector<GeneratedComment> ThreadShape::buildChain(int length)
{
    const QString a = author();
    const QString b = author();
    for (int i = 0; i < length; ++i)
        add(i - 1, i % 2 ? b : a);
    return std::move(m_nodes);
}

// Most replies sit near the top: 88 % at depth 0–3, a thin tail to 12.
int ThreadShape::depthOfNext()
{
    static const double cumulative[] = {0.30, 0.60, 0.78, 0.88, 0.935, 0.965, 0.98, 0.99};
    const double r = m_random.unit();
    for (int depth = 0; depth < int(std::size(cumulative)); ++depth) {
        if (r < cumulative[depth])
            return depth;
    }
    return m_random.between(8, 12);
}

int ThreadShape::parentAtDepth(int depth)
{
    if (depth == 0 || int(m_byDepth.size()) < depth || m_byDepth[size_t(depth - 1)].empty())
        return -1;
    return pick(m_byDepth[size_t(depth - 1)]);
}

// Earlier comments (the ones readers saw first) collect more replies.
int ThreadShape::pick(const std::vector<int> &candidates)
{
    return candidates[size_t(m_random.skewed(int(candidates.size()), 2.0))];
}

QString ThreadShape::author()
{
    if (m_random.chance(0.03))
        return QStringLiteral("bench_op");
    // A few people write much of a thread.
    return QStringLiteral("user_%1").arg(base36(7919LL * m_random.skewed(m_authors, 3.0) + 1296));
}

int ThreadShape::add(int parent, const QString &author)
{
    const int index = int(m_nodes.size());
    GeneratedComment node;
    node.parent = parent;
    node.depth = parent < 0 ? 0 : m_nodes[size_t(parent)].depth + 1;
    node.author = author;
    const double delay = m_random.unit();
    node.created = (parent < 0 ? postTime : m_nodes[size_t(parent)].created) + 30 +
                   qint64(delay * delay * 20000);
    if (parent >= 0)
        m_nodes[size_t(parent)].replies.push_back(index);
    if (int(m_byDepth.size()) <= node.depth)
        m_byDepth.resize(size_t(node.depth + 1));
    m_byDepth[size_t(node.depth)].push_back(index);
    m_nodes.push_back(std::move(node));
    return index;
}

} // namespace Scholia
