#include "argumentoutline.h"

#include "core/argumentmap.h"

#include <QHash>
#include <QSet>

namespace Scholia {

std::vector<ArgumentOutline::Entry> ArgumentOutline::entries(const ArgumentMap &map)
{
    QHash<qint64, std::vector<const AnnotationLink *>> incoming;
    QSet<qint64> pointsSomewhere;
    for (const AnnotationLink &link : map.links) {
        if (!map.claim(link.from) || !map.claim(link.to))
            continue;
        incoming[link.to].push_back(&link);
        pointsSomewhere.insert(link.from);
    }
    std::vector<qint64> roots;
    for (const ArgumentClaim &claim : map.claims) {
        if (!pointsSomewhere.contains(claim.passage.annotationId))
            roots.push_back(claim.passage.annotationId);
    }
    // Then every claim still unlisted (it is in a cycle) starts an outline of its own.
    std::vector<qint64> rest;
    for (const ArgumentClaim &claim : map.claims)
        rest.push_back(claim.passage.annotationId);

    std::vector<Entry> outline;
    QSet<qint64> listed;
    std::vector<Entry> stack;
    const auto walkFrom = [&](qint64 root) {
        stack.push_back({root, 0, nullptr, false});
        while (!stack.empty()) {
            Entry entry = stack.back();
            stack.pop_back();
            entry.repeat = listed.contains(entry.claimId);
            outline.push_back(entry);
            if (entry.repeat)
                continue;
            listed.insert(entry.claimId);
            const std::vector<const AnnotationLink *> &children = incoming.value(entry.claimId);
            // Pushed last first, so they come out in link order.
            for (auto it = children.rbegin(); it != children.rend(); ++it)
                stack.push_back({(*it)->from, entry.depth + 1, *it, false});
        }
    };
    for (const qint64 root : roots)
        walkFrom(root);
    for (const qint64 claim : rest) {
        if (!listed.contains(claim))
            walkFrom(claim);
    }
    return outline;
}

} // namespace Scholia
