#pragma once

#include "core/result.h"
#include "core/threaddocument.h"
#include "webannotationimportreport.h"
#include "webannotationitem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <map>
#include <memory>
#include <vector>

namespace Scholia {

class Library;
struct Annotation;

// Merges a W3C Web Annotation file (as WebAnnotationExporter writes it) into the library,
// in one transaction: all of the file or nothing.
//   - Each annotation goes to the thread its target's scope names (source kind and id);
//     a thread the library does not hold is reported and its annotations skipped.
//   - It is anchored in the comment's text as it is now, as a re-import anchors
//     (Reanchorer): where it was, moved, moved and flagged, or orphaned (the comment is
//     gone, or the passage); an orphan is kept with its selectors.
//   - Its uuid is kept: an annotation the library already has is updated when the file's
//     is newer (note, colour, tags) and left alone otherwise, so importing twice changes
//     nothing the second time.
//   - Links come after every annotation, joined by uuid; one whose end is in neither the
//     file nor the library is skipped.
//   - Thread notes are never lost: the file's replace the library's only when they
//     contain them, or are newer and the library's are empty; newer notes that differ are
//     added after the library's.
class WebAnnotationImporter
{
    Q_DECLARE_TR_FUNCTIONS(WebAnnotationImporter)

public:
    explicit WebAnnotationImporter(Library &library);

    Result<WebAnnotationImportReport> importFile(const QString &path);
    Result<WebAnnotationImportReport> importData(const QByteArray &json, const QString &name);

private:
    struct Thread
    {
        qint64 id = 0;
        ThreadDocument document;
        QHash<QString, const Comment *> byUrl;
    };

    Result<void> importAnnotation(const WebAnnotationItem &item, WebAnnotationImportReport &report);
    Result<void> importNotes(const WebAnnotationItem &item, qint64 threadId,
                             WebAnnotationImportReport &report);
    Result<void> importLink(const WebAnnotationItem &item, WebAnnotationImportReport &report);
    Result<Thread *> thread(const QString &sourceKind, const QString &sourceId);
    // Anchors the file's selectors in the comment's text now; counts how in report.
    static void anchor(Annotation &annotation, const WebAnnotationItem &item,
                       const Comment *comment, WebAnnotationImportReport &report);

    Library &m_library;
    // The threads the file names, loaded once each; null: not in the library.
    std::map<QString, std::unique_ptr<Thread>> m_threads;
};

} // namespace Scholia
