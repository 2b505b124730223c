#include "mailthreader.h"

#include <QHash>
#include <QSet>

#include <algorithm>

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

    // Whether the id is a message of the input, not only a reference to one.
    bool holdsMessage(const QString &messageId) const
    {
        const auto found = m_byId.constFind(messageId);
        return found != m_byId.constEnd() && m_containers[size_t(*found)].message != -1;
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

// Yahoo Mail gives a new message "References: <its own id with .ref before the @>", an id
// no message ever has, and its replies carry that on just before the id it stands for.
bool isYahooAlias(const QString &reference, const QSet<QString> &names)
{
    const qsizetype mark = reference.lastIndexOf(QLatin1String(".ref@"));
    return mark > 0 && names.contains(reference.left(mark) + reference.mid(mark + 4));
}

// The message's references that name another message: not itself, not an alias of an id
// it names anyway.
QStringList parentsNamed(const MailThreadLinks &message)
{
    QSet<QString> names;
    const auto hasAlias = [](const QString &r) { return r.contains(QLatin1String(".ref@")); };
    if (std::any_of(message.references.cbegin(), message.references.cend(), hasAlias)) {
        names = QSet<QString>(message.references.cbegin(), message.references.cend());
        names.insert(message.messageId);
    }
    QStringList named;
    for (const QString &reference : message.references) {
        if (reference.isEmpty() || reference == message.messageId ||
            (!names.isEmpty() && isYahooAlias(reference, names)))
            continue;
        named << reference;
    }
    return named;
}

// Attributes each empty container to the threads whose messages reference it: every
// reference is an ancestor the message's author saw, so its thread lacks it (an archive of
// one month lacks the earlier months' part of its threads too).
std::vector<QStringList> absentByRoot(const std::vector<MailThreadLinks> &messages,
                                      const std::vector<int> &root, const ContainerTable &table)
{
    std::vector<QStringList> absent(messages.size());
    QHash<int, QSet<QString>> seen; // by root
    for (size_t i = 0; i < messages.size(); ++i) {
        for (const QString &reference : parentsNamed(messages[i])) {
            if (table.holdsMessage(reference))
                continue;
            QSet<QString> &ofThread = seen[root[i]];
            if (ofThread.contains(reference))
                continue;
            ofThread.insert(reference);
            absent[size_t(root[i])] << reference;
        }
    }
    return absent;
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
        for (const QString &reference : parentsNamed(messages[i])) {
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
    threads.absent = absentByRoot(messages, threads.root, table);
    return threads;
}

} // namespace Scholia
