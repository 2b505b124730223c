#pragma once

#include <QString>

namespace Scholia {

// A topic label. Names use '/' for hierarchy ("compute/export-controls"); a tag's
// counts are its own only: "compute" does not count what "compute/export-controls"
// carries, callers that show a tree add children up themselves.
struct Tag
{
    qint64 id = 0;
    QString name;
    QString color; // a HighlightPalette colour name
    int annotationCount = 0;
    int threadCount = 0;

    bool operator==(const Tag &) const = default;
};

} // namespace Scholia
