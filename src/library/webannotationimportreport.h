#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Scholia {

// What importing one W3C Web Annotation file did (WebAnnotationImporter).
struct WebAnnotationImportReport
{
    Q_DECLARE_TR_FUNCTIONS(WebAnnotationImportReport)

public:
    QString file;
    // Annotations: new ones, by how they found their passage in the comment's text now
    // (anchored where they were, moved, moved but flagged for a look, orphaned), ones the
    // library had and the file had newer, ones the library had as new or newer, and ones
    // that could not go anywhere (their thread is not in the library, or no target).
    int anchored = 0;
    int moved = 0;
    int flagged = 0;
    int orphaned = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;
    int linksImported = 0;
    int linksUpdated = 0;
    int linksUnchanged = 0;
    int linksSkipped = 0; // an end is in neither the file nor the library
    int notesImported = 0;
    int notesUpdated = 0;
    int notesUnchanged = 0;
    QMap<QString, int> missingThreads; // "KIND THREAD" → annotations skipped for it

    int imported() const { return anchored + moved + flagged + orphaned; }
    // "FILE: annotations: 4 imported (2 anchored, 1 moved, 0 flagged, 1 orphaned), …"
    QString summary() const;
    // One line per thread the file names that the library does not hold.
    QStringList missingThreadLines() const;
};

} // namespace Scholia
