#include "argumentmap.h"

namespace Scholia {

const ArgumentClaim *ArgumentMap::claim(qint64 annotationId) const
{
    for (const ArgumentClaim &claim : claims) {
        if (claim.passage.annotationId == annotationId)
            return &claim;
    }
    return nullptr;
}

std::vector<const AnnotationLink *> ArgumentMap::linksOf(qint64 annotationId) const
{
    std::vector<const AnnotationLink *> found;
    for (const AnnotationLink &link : links) {
        if (link.from == annotationId || link.to == annotationId)
            found.push_back(&link);
    }
    return found;
}

} // namespace Scholia
