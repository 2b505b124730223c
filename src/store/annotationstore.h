#pragma once

#include "core/annotation.h"
#include "core/annotationedit.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <optional>
#include <vector>

namespace Scholia {

class SqliteDatabase;
class SqliteStatement;

// The reader's annotations, on the library's connection (ThreadStore::database()).
// Every change is its own transaction, committed before the call returns, and every
// change returns what an undo needs:
//   create  → the stored annotation; undo: remove(id), redo: restore(it)
//   update  → the annotation as it was; undo: update(id, AnnotationEdit::restoring(it))
//   remove  → the annotation whole;     undo: restore(it)
//   setAnchorState → the previous state; undo: setAnchorState(id, it)
// Removing an annotation removes its links (AnnotationLinkStore) with it: an undo reads
// AnnotationLinkStore::linksOf(id) before remove(id), and after restore(it) puts them
// back with AnnotationLinkStore::restoreAll.
// Use it on the thread that owns the connection; it is cheap to make one per call.
class AnnotationStore
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationStore)

public:
    explicit AnnotationStore(SqliteDatabase &db);

    // Stores a new annotation on draft.commentSourceId of draft.threadId. A passage
    // needs draft.position and draft.quote.exact, and exact must be the comment's text
    // at that position (0 <= start < end <= length, no surrogate pair split); the
    // prefix and suffix are taken from the stored text, not from the draft. A whole-
    // comment annotation has neither. An empty colour is the palette's default; tags
    // are normalized (TagName) and created when new. Returns it as stored.
    Result<Annotation> create(const Annotation &draft);
    Result<Annotation> update(qint64 id, const AnnotationEdit &edit);
    Result<Annotation> remove(qint64 id);
    // The reader's verdict on a re-anchored passage: Anchored clears the flag,
    // Reanchored sets it again (its undo). Only those two; an orphan stays one until a
    // re-import finds its passage. Returns the previous state; "updated" is left alone.
    Result<AnchorState> setAnchorState(qint64 id, AnchorState state);
    // Puts an annotation back exactly as given: the same id, selectors, anchor state,
    // times and tags (tags deleted meanwhile are created again). The comment need not
    // exist any more. Fails when the id has been taken meanwhile. The uuid is kept too
    // (a null one, from before uuids, is made anew).
    Result<Annotation> restore(const Annotation &annotation);
    // Stores an annotation made in another library (WebAnnotationImporter) under a new id:
    // its uuid, selectors, anchor state, times, colour, note and tags as given — the
    // caller has anchored it in the comment's text. The comment need not exist. Fails when
    // the uuid is in the library already.
    Result<Annotation> adopt(const Annotation &annotation);

    Result<Annotation> annotation(qint64 id) const;
    // Nothing when no annotation has that uuid.
    Result<std::optional<Annotation>> annotationByUuid(const QUuid &uuid) const;
    // Tree order: by the comment's place in the thread, a whole-comment annotation
    // before the passages of its comment, passages by start; annotations whose
    // comment row is gone come last.
    Result<std::vector<Annotation>> listForThread(qint64 threadId) const;
    // The orphaned ones only, in the same order.
    Result<std::vector<Annotation>> listOrphaned(qint64 threadId) const;
    // Across the library, for a topic view: annotations carrying tag or a tag below it
    // ("compute" gathers "compute/export-controls"), by thread, then in tree order.
    Result<std::vector<Annotation>> listTagged(const QString &tag) const;

private:
    // These throw SqliteError; the public methods turn it into an Error.
    Result<TextQuoteSelector> quoteFromComment(const Annotation &draft);
    std::optional<Annotation> find(qint64 id) const;
    std::optional<Annotation> findByUuid(const QUuid &uuid) const;
    Result<Annotation> insertWhole(const Annotation &annotation, std::optional<qint64> id);
    std::vector<Annotation> readAll(SqliteStatement &rows) const;
    void writeTags(qint64 annotationId, const QStringList &names);
    bool threadExists(qint64 threadId) const;
    static Result<QString> checkedColor(const QString &color);

    SqliteDatabase &m_db;
};

} // namespace Scholia
