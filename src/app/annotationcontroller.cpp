#include "annotationcontroller.h"

#include "createannotationcommand.h"
#include "editannotationcommand.h"
#include "mergetagscommand.h"
#include "recolortagcommand.h"
#include "setthreadtagscommand.h"
#include "store/threadtagstore.h"
#include "removeannotationcommand.h"
#include "removetagcommand.h"
#include "renametagcommand.h"
#include "store/annotationstore.h"
#include "store/tagstore.h"
#include "store/threadstore.h"

#include <QUndoStack>

namespace Scholia {

AnnotationController::AnnotationController(ThreadStore &store, QObject *parent)
    : QObject(parent), m_store(store), m_undoStack(new QUndoStack(this))
{
}

AnnotationController::~AnnotationController() = default;

QUndoStack *AnnotationController::undoStack() const
{
    return m_undoStack;
}

void AnnotationController::setThread(qint64 threadId)
{
    m_thread = threadId;
    reload();
    emit annotationsReset();
}

qint64 AnnotationController::thread() const
{
    return m_thread;
}

const std::vector<Annotation> &AnnotationController::annotations() const
{
    return m_annotations;
}

void AnnotationController::setReadOnly(const QString &reason)
{
    m_readOnlyReason = reason;
}

Result<Annotation> AnnotationController::create(const Annotation &draft)
{
    if (!m_readOnlyReason.isEmpty())
        return Error::of(m_readOnlyReason);
    Annotation complete = draft;
    if (complete.threadId == 0)
        complete.threadId = m_thread;
    auto created = AnnotationStore(m_store.database()).create(complete);
    if (!created)
        return created;
    m_undoStack->push(new CreateAnnotationCommand(m_store, *this, *created));
    announceAdded(*created);
    return created;
}

Result<Annotation> AnnotationController::update(qint64 id, const AnnotationEdit &edit)
{
    if (!m_readOnlyReason.isEmpty())
        return Error::of(m_readOnlyReason);
    AnnotationStore annotations(m_store.database());
    const auto before = annotations.update(id, edit);
    if (!before)
        return before.error();
    // The store answers with the old state; redo needs the new one exactly, times and
    // normalized tags included, so read it back.
    auto after = annotations.annotation(id);
    if (!after) {
        announceReset();
        return after;
    }
    m_undoStack->push(new EditAnnotationCommand(m_store, *this, *before, *after));
    announceChanged(*after);
    return after;
}

Result<Annotation> AnnotationController::remove(qint64 id)
{
    if (!m_readOnlyReason.isEmpty())
        return Error::of(m_readOnlyReason);
    auto removed = AnnotationStore(m_store.database()).remove(id);
    if (!removed)
        return removed;
    m_undoStack->push(new RemoveAnnotationCommand(m_store, *this, *removed));
    announceRemoved(*removed);
    return removed;
}

Result<std::vector<TagRenaming>> AnnotationController::renameTag(const QString &from,
                                                                 const QString &to)
{
    if (!m_readOnlyReason.isEmpty())
        return Error::of(m_readOnlyReason);
    auto renamings = TagStore(m_store.database()).rename(from, to);
    if (!renamings)
        return renamings;
    m_undoStack->push(new RenameTagCommand(m_store, *this, *renamings));
    announceReset();
    return renamings;
}

Result<TagMerge> AnnotationController::mergeTags(const QString &from, const QString &into)
{
    if (!m_readOnlyReason.isEmpty())
        return Error::of(m_readOnlyReason);
    auto merge = TagStore(m_store.database()).merge(from, into);
    if (!merge)
        return merge;
    m_undoStack->push(new MergeTagsCommand(m_store, *this, *merge));
    announceReset();
    return merge;
}

Result<QStringList> AnnotationController::setThreadTags(qint64 threadId, const QStringList &tags)
{
    if (!m_readOnlyReason.isEmpty())
        return Error::of(m_readOnlyReason);
    auto previous = ThreadTagStore(m_store.database()).setTags(threadId, tags);
    if (!previous)
        return previous;
    m_undoStack->push(new SetThreadTagsCommand(m_store, *this, threadId, *previous, tags));
    emit threadTagsChanged(threadId);
    return previous;
}

Result<QString> AnnotationController::recolorTag(const QString &name, const QString &color)
{
    if (!m_readOnlyReason.isEmpty())
        return Error::of(m_readOnlyReason);
    auto previous = TagStore(m_store.database()).recolor(name, color);
    if (!previous)
        return previous;
    m_undoStack->push(new RecolorTagCommand(m_store, *this, name, *previous, color));
    announceReset();
    return previous;
}

Result<TagSnapshot> AnnotationController::removeTag(const QString &name)
{
    if (!m_readOnlyReason.isEmpty())
        return Error::of(m_readOnlyReason);
    auto removed = TagStore(m_store.database()).remove(name);
    if (!removed)
        return removed;
    m_undoStack->push(new RemoveTagCommand(m_store, *this, *removed));
    announceReset();
    return removed;
}

void AnnotationController::announceAdded(const Annotation &annotation)
{
    if (annotation.threadId == m_thread && reload())
        emit annotationAdded(annotation);
}

void AnnotationController::announceChanged(const Annotation &annotation)
{
    if (annotation.threadId == m_thread && reload())
        emit annotationChanged(annotation);
}

void AnnotationController::announceRemoved(const Annotation &annotation)
{
    if (annotation.threadId == m_thread && reload())
        emit annotationRemoved(annotation);
}

void AnnotationController::announceReset()
{
    reload();
    emit annotationsReset();
}

void AnnotationController::announceFailure(const QString &message)
{
    emit failed(message);
}

bool AnnotationController::reload()
{
    if (m_thread <= 0) {
        m_annotations.clear();
        return true;
    }
    // Re-reading keeps the list in the store's tree order without the view knowing
    // comment positions; a thread holds few enough annotations for that to be cheap.
    auto listed = AnnotationStore(m_store.database()).listForThread(m_thread);
    if (!listed) {
        emit failed(listed.error().message);
        return false;
    }
    m_annotations = std::move(*listed);
    return true;
}

} // namespace Scholia
