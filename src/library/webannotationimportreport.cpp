#include "webannotationimportreport.h"

namespace Scholia {

QString WebAnnotationImportReport::summary() const
{
    QString line = tr("%1: annotations: %2 imported (%3 anchored, %4 moved, %5 flagged, "
                      "%6 orphaned), %7 updated, %8 unchanged, %9 skipped")
                       .arg(file)
                       .arg(imported())
                       .arg(anchored)
                       .arg(moved)
                       .arg(flagged)
                       .arg(orphaned)
                       .arg(updated)
                       .arg(unchanged)
                       .arg(skipped);
    line += tr("; links: %1 imported, %2 updated, %3 unchanged, %4 skipped")
                .arg(linksImported)
                .arg(linksUpdated)
                .arg(linksUnchanged)
                .arg(linksSkipped);
    if (notesImported + notesUpdated + notesUnchanged > 0)
        line += tr("; thread notes: %1 imported, %2 updated, %3 unchanged")
                    .arg(notesImported)
                    .arg(notesUpdated)
                    .arg(notesUnchanged);
    return line;
}

QStringList WebAnnotationImportReport::missingThreadLines() const
{
    QStringList lines;
    for (auto it = missingThreads.cbegin(); it != missingThreads.cend(); ++it)
        lines << tr("%1: skipped %2 annotation(s) of thread %3, which is not in this library "
                    "(import the thread first)")
                     .arg(file)
                     .arg(it.value())
                     .arg(it.key());
    return lines;
}

} // namespace Scholia
