#pragma once

#include "core/annotationlink.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <vector>

namespace Scholia {

class Library;
struct Annotation;
struct ThreadDocument;

// Writes annotations as a W3C Web Annotation collection (JSON-LD, the anno.jsonld
// context): an AnnotationCollection whose first AnnotationPage holds every item.
//   a passage or a comment: motivation highlighting, commenting (it has a note) or tagging
//     (tags, no note); a TextualBody for the note (purpose commenting) and one per tag
//     (purpose tagging); the target's source is the comment's own address when known,
//     else urn:scholia:KIND:THREAD:COMMENT, its scope always that urn (site, thread and
//     comment ids: what another library finds them by), with a TextQuoteSelector and a
//     TextPositionSelector for a passage; the colour as the target's styleClass, defined
//     in a stylesheet;
//   the thread's notes: motivation commenting, a text/markdown TextualBody, the thread as
//     target (its address, or urn:scholia:KIND:THREAD, that urn as scope);
//   a link: motivation linking, the source annotation as target, and as bodies the other
//     annotation (a SpecificResource, purpose linking) and the link type's key (purpose
//     classifying), with its note (purpose commenting).
// Every annotation and link is named by its uuid ("urn:uuid:…"), so that another library
// importing the file twice (WebAnnotationImporter) finds them again.
class WebAnnotationExporter
{
    Q_DECLARE_TR_FUNCTIONS(WebAnnotationExporter)

public:
    struct Counts
    {
        int annotations = 0;
        int links = 0;
        int threadNotes = 0;
    };

    explicit WebAnnotationExporter(Library &library);

    // One thread's annotations, notes and the links with an end on it.
    Result<QByteArray> exportThread(qint64 threadId);
    // Every thread's.
    Result<QByteArray> exportLibrary();
    // What the last export wrote.
    Counts counts() const { return m_counts; }

    void setGeneratedAt(const QDateTime &time) { m_generatedAt = time; }

    static constexpr const char *context = "http://www.w3.org/ns/anno.jsonld";

private:
    Result<void> addThread(qint64 threadId);
    QJsonObject annotationItem(const ThreadDocument &thread, const Annotation &annotation) const;
    QJsonObject notesItem(const ThreadDocument &thread, const QString &markdown,
                          const QDateTime &updated) const;
    Result<QJsonObject> linkItem(const AnnotationLink &link) const;
    QByteArray collection(const QString &label) const;
    void reset();
    Result<QByteArray> finish(const QString &label);

    Library &m_library;
    QJsonArray m_items;
    std::vector<AnnotationLink> m_links;
    QSet<qint64> m_linkIds;
    Counts m_counts;
    QDateTime m_generatedAt;
    QString m_title; // the last thread added
};

} // namespace Scholia
