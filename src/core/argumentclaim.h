#pragma once

#include "topicpassage.h"

#include <QString>
#include <QStringList>

namespace Scholia {

// One annotation as a claim in an argument: where it is and what it marks (a passage, as
// a topic view shows it away from its thread), its tags' colours, and how maps and link
// lines name it.
struct ArgumentClaim
{
    TopicPassage passage;
    QStringList tagColors; // HighlightPalette names, one per tag of passage.tags
    QString reference;     // "#12" (the annotation id) unless an export numbers it its way

    bool operator==(const ArgumentClaim &) const = default;
};

} // namespace Scholia
