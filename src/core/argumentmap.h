#pragma once

#include "annotationlink.h"
#include "argumentclaim.h"

#include <vector>

namespace Scholia {

// The argument among some annotations — a thread's, or a topic's: the links between them
// and the claims at their ends (every end of every link is among the claims, whichever
// thread it is on). What ArgumentMapDot draws, and what exports list and outline.
struct ArgumentMap
{
    std::vector<ArgumentClaim> claims; // the source's own first, each thread in tree order
    std::vector<AnnotationLink> links; // oldest first

    bool isEmpty() const { return links.empty(); }
    // Null when the annotation is not a claim of this map.
    const ArgumentClaim *claim(qint64 annotationId) const;
    // The links from and to one claim, in the map's order.
    std::vector<const AnnotationLink *> linksOf(qint64 annotationId) const;
};

} // namespace Scholia
