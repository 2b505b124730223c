#pragma once

#include "core/annotationlink.h"
#include "core/annotationlinkedit.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <optional>
#include <vector>

namespace Scholia {

class SqliteDatabase;
class SqliteStatement;

// The links between annotations (claim and rebuttal, question and answer, …), on the
// library's connection, in the style of AnnotationStore: every change is its own
// transaction, committed before the call returns, and returns what an undo needs:
//   create  → the stored link;         undo: remove(id), redo: restore(it)
//   update  → the link as it was;      undo: update(id, AnnotationLinkEdit::restoring(it))
//   remove  → the link whole;          undo: restore(it)
// A link goes when either of its annotations is removed (the schema cascades); to undo
// such a removal, read linksOf(annotation) first and restoreAll() them after
// AnnotationStore::restore. A link whose end a re-import orphaned stays: the annotation
// stays, orphaned, and so does the link.
class AnnotationLinkStore
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationLinkStore)

public:
    explicit AnnotationLinkStore(SqliteDatabase &db);

    // Links draft.from to draft.to as draft.type with draft.note. Both annotations must
    // exist and differ; the same two may be linked once per type ("same point as" once
    // either way round). The uuid is draft's when it has one (a link from another
    // library), else a new one. Returns it as stored.
    Result<AnnotationLink> create(const AnnotationLink &draft);
    Result<AnnotationLink> update(qint64 id, const AnnotationLinkEdit &edit);
    Result<AnnotationLink> remove(qint64 id);
    // Puts a link back exactly as given: the same id, uuid, ends, type, note and times.
    // Fails when the id is taken or an end is missing.
    Result<AnnotationLink> restore(const AnnotationLink &link);
    // restore() for each, in one transaction: all of them back, or none.
    Result<std::vector<AnnotationLink>> restoreAll(const std::vector<AnnotationLink> &links);

    Result<AnnotationLink> link(qint64 id) const;
    // Nothing when no link has that uuid.
    Result<std::optional<AnnotationLink>> linkByUuid(const QUuid &uuid) const;
    // The links from and to one annotation, oldest first.
    Result<std::vector<AnnotationLink>> linksOf(qint64 annotationId) const;
    // The links with either end on the thread (the other end may be on another thread).
    Result<std::vector<AnnotationLink>> linksForThread(qint64 threadId) const;
    // The links among the annotations that carry tag or a tag below it: both ends do.
    Result<std::vector<AnnotationLink>> linksForTag(const QString &tag) const;

private:
    // These throw SqliteError; the public methods turn it into an Error.
    std::optional<AnnotationLink> find(qint64 id) const;
    std::vector<AnnotationLink> readAll(SqliteStatement &rows) const;
    Result<AnnotationLink> insert(const AnnotationLink &link, std::optional<qint64> id);
    bool annotationExists(qint64 id) const;
    std::optional<qint64> existing(qint64 from, qint64 to, AnnotationLinkType type) const;

    SqliteDatabase &m_db;
};

} // namespace Scholia
