#include "argumentmaploader.h"

#include "store/annotationlinkstore.h"
#include "store/library.h"
#include "store/tagstore.h"
#include "store/topicstore.h"

#include <QHash>

#include <algorithm>

namespace Scholia {

Result<ArgumentMap> ArgumentMapLoader::forThread(Library &library, qint64 threadId)
{
    auto links = library.links().linksForThread(threadId);
    if (!links)
        return links.error();
    return withClaims(library, std::move(links).value(), threadId);
}

Result<ArgumentMap> ArgumentMapLoader::forTag(Library &library, const QString &tag)
{
    auto links = library.links().linksForTag(tag);
    if (!links)
        return links.error();
    return withClaims(library, std::move(links).value(), 0);
}

Result<ArgumentMap> ArgumentMapLoader::withClaims(Library &library,
                                                  std::vector<AnnotationLink> links,
                                                  qint64 homeThreadId)
{
    ArgumentMap map;
    map.links = std::move(links);
    if (map.links.empty())
        return map;
    QList<qint64> ends;
    for (const AnnotationLink &link : map.links)
        ends << link.from << link.to;
    auto passages = library.topics().passagesOf(ends);
    if (!passages)
        return passages.error();
    auto tags = library.tags().list();
    if (!tags)
        return tags.error();
    QHash<QString, QString> colorOf;
    for (const Tag &tag : *tags)
        colorOf.insert(tag.name, tag.color);

    for (TopicPassage &passage : *passages) {
        ArgumentClaim claim;
        for (const QString &tag : passage.tags)
            claim.tagColors << colorOf.value(tag);
        claim.reference = QStringLiteral("#%1").arg(passage.annotationId);
        claim.passage = std::move(passage);
        map.claims.push_back(std::move(claim));
    }
    // The thread's own claims first, in its order; the others as the topic order has them.
    std::stable_partition(map.claims.begin(), map.claims.end(),
                          [homeThreadId](const ArgumentClaim &claim) {
                              return claim.passage.threadId == homeThreadId;
                          });
    return map;
}

} // namespace Scholia
