#include "mailthreader.h"

#include <QHash>

namespace Scholia {

namespace {

struct Container
{
    int message = -1; // index of the message it holds; -1 for an empty container
    int parent = -1;  // container index
    int childCount = 0;
};

class ContainerTable
{
public:
    int containerFor(const QString &messageId)
    {
        const auto found = m_byId.constFind(messageId);
        if (found != m_byId.constEnd())
            return *found;
        const int index = int(m_containers.size());
        m_containers.push_back({});
        m_byId.insert(messageId, index);
        return index;
    }

    Container &operator[](int index) { return m_containers[size_t(index)]; }
    int size() const { return int(m_containers.size()); }

    // Whether making `child` a child of `parent` would close a cycle.
    bool wouldLoop(int child, int parent) const
    {
        if (child == parent)
            return true;
        // Only a container with children can be an ancestor of another. This keeps a
        // long chain read in order linear instead of walking up to its root every time.
        if (m_containers[size_t(child)].childCount == 0)
            return false;
        for (int c = parent; c != -1; c = m_containers[size_t(c)].parent) {
            if (c == child)
                return true;
        }
        return false;
    }

    void link(int child, int parent)
    {
        Container &c = m_containers[size_t(child)];
        if (c.parent != -1)
            --m_containers[size_t(c.parent)].childCount;
        c.parent = parent;
        if (parent != -1)
            ++m_containers[size_t(parent)].childCount;
    }

private:
    std::vector<Container> m_containers;
    QHash<QString, int> m_byId;
};

// Nearest container at or above `start` that holds a message (-1: none), skipping the
// empty ones; `nearest` remembers the answer for every empty container walked through.
int nearestReal(ContainerTable &table, std::vector<int> &nearest, int start)
{
    constexpr int unknown = -2;
    std::vector<int> path;
    int c = start;
    while (c != -1 && table[c].message == -1 && nearest[size_t(c)] == unknown) {
        path.push_back(c);
        c = table[c].parent;
    }
    const int result = c == -1 ? -1 : (table[c].message != -1 ? c : nearest[size_t(c)]);
    for (int p : path)
        nearest[size_t(p)] = result;
    return result;
}

std::vector<int> rootsOf(const std::vector<int> &parent)
{
    std::vector<int> root(parent.size(), -1);
    std::vector<int> path;
    for (size_t i = 0; i < parent.size(); ++i) {
        path.clear();
        int m = int(i);
        while (root[size_t(m)] == -1 && parent[size_t(m)] != -1) {
            path.push_back(m);
            m = parent[size_t(m)];
        }
        const int r = root[size_t(m)] == -1 ? m : root[size_t(m)];
        root[size_t(m)] = r;
        for (int p : path)
            root[size_t(p)] = r;
    }
    return root;
}

} // namespace

MailThreads MailThreader::thread(const std::vector<MailThreadLinks> &messages)
{
    ContainerTable table;
    std::vector<int> containerOf;
    containerOf.reserve(messages.size());
    for (size_t i = 0; i < messages.size(); ++i) {
        const int own = table.containerFor(messages[i].messageId);
        table[own].message = int(i);
        containerOf.push_back(own);
    }

    for (size_t i = 0; i < messages.size(); ++i) {
        const int own = containerOf[i];
        // Each consecutive pair of references is a parent and its child, unless an
        // earlier message already placed that child.
        int previous = -1;
        for (const QString &reference : messages[i].references) {
            if (reference.isEmpty() || reference == messages[i].messageId)
                continue;
            const int r = table.containerFor(reference);
            if (previous != -1 && table[r].parent == -1 && !table.wouldLoop(r, previous))
                table.link(r, previous);
            previous = r;
        }
        // A message's own references are the authority on its parent.
        if (previous == -1)
            table.link(own, -1);
        else if (!table.wouldLoop(own, previous))
            table.link(own, previous);
    }

    MailThreads threads;
    threads.parent.assign(messages.size(), -1);
    std::vector<int> nearest(size_t(table.size()), -2);
    for (size_t i = 0; i < messages.size(); ++i) {
        const int above = table[containerOf[i]].parent;
        const int real = above == -1 ? -1 : nearestReal(table, nearest, above);
        threads.parent[i] = real == -1 ? -1 : table[real].message;
    }
    threads.root = rootsOf(threads.parent);
    return threads;
}

} // namespace Scholia
