#include "libraryeditor.h"

#include "createannotationcommand.h"
#include "editannotationcommand.h"
#include "mergetagscommand.h"
#include "recolortagcommand.h"
#include "removeannotationcommand.h"
#include "removetagcommand.h"
#include "renametagcommand.h"
#include "setthreadtagscommand.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/tagstore.h"
#include "store/threadstore.h"
#include "store/threadtagstore.h"

#include <QUndoStack>

namespace Scholia {

LibraryEditor::LibraryEditor(Library &library, QObject *parent)
    : QObject(parent), m_library(library), m_undoStack(new QUndoStack(this))
{
}

LibraryEditor::~LibraryEditor() = default;

QUndoStack *LibraryEditor::undoStack() const
{
    return m_undoStack;
}

void LibraryEditor::setThread(qint64 threadId)
{
    m_thread = threadId;
    reload();
    emit annotationsReset();
}

qint64 LibraryEditor::thread() const
{
    return m_thread;
}

const std::vector<Annotation> &LibraryEditor::annotations() const
{
    return m_annotations;
}

void LibraryEditor::setReadOnly(const QString &reason)
{
    m_readOnlyReason = reason;
}

Result<Annotation> LibraryEditor::create(const Annotation &draft)
{
    if (!m_readOnlyReason.isEmpty())
        return Error::of(m_readOnlyReason);
    Annotation complete = draft;
    if (complete.threadId == 0)
        complete.threadId = m_thread;
    auto created = m_library.annotations().create(complete);
    if (!created)
        return created;
    m_undoStack->push(new CreateAnnotationCommand(m_library, *this, *created));
    announceAdded(*created);
    return created;
}

Result<Annotation> LibraryEditor::update(qint64 id, const AnnotationEdit &edit)
{
    if (!m_readOnlyReason.isEmpty())
        return Error::of(m_readOnlyReason);
    AnnotationStore &annotations = m_library.annotations();
    const auto before = annotations.update(id, edit);
    if (!before)
        return before.error();
    // The library answers with the old state; redo needs the new one exactly, times and
    // normalized tags included, so read it back.
    auto after = annotations.annotation(id);
    if (!after) {
        announceReset();
        return after;
    }
    m_undoStack->push(new EditAnnotationCommand(m_library, *this, *before, *after));
    announceChanged(*after);
    return after;
}

Result<Annotation> LibraryEditor::remove(qint64 id)
{
    if (!m_readOnlyReason.isEmpty())
        return Error::of(m_readOnlyReason);
    auto removed = m_library.annotations().remove(id);
    if (!removed)
        return removed;
    m_undoStack->push(new RemoveAnnotationCommand(m_library, *this, *removed));
    announceRemoved(*removed);
    return removed;
}

Result<std::vector<TagRenaming>> LibraryEditor::renameTag(const QString &from, const QString &to)
{
    if (!m_readOnlyReason.isEmpty())
        return Error::of(m_readOnlyReason);
    auto renamings = m_library.tags().rename(from, to);
    if (!renamings)
        return renamings;
    m_undoStack->push(new RenameTagCommand(m_library, *this, *renamings));
    announceReset();
    return renamings;
}

Result<TagMerge> LibraryEditor::mergeTags(const QString &from, const QString &into)
{
    if (!m_readOnlyReason.isEmpty())
        return Error::of(m_readOnlyReason);
    auto merge = m_library.tags().merge(from, into);
    if (!merge)
        return merge;
    m_undoStack->push(new MergeTagsCommand(m_library, *this, *merge));
    announceReset();
    return merge;
}

Result<QStringList> LibraryEditor::setThreadTags(qint64 threadId, const QStringList &tags)
{
    if (!m_readOnlyReason.isEmpty())
        return Error::of(m_readOnlyReason);
    auto previous = m_library.threadTags().setTags(threadId, tags);
    if (!previous)
        return previous;
    m_undoStack->push(new SetThreadTagsCommand(m_library, *this, threadId, *previous, tags));
    emit threadTagsChanged(threadId);
    return previous;
}

Result<QString> LibraryEditor::recolorTag(const QString &name, const QString &color)
{
    if (!m_readOnlyReason.isEmpty())
        return Error::of(m_readOnlyReason);
    auto previous = m_library.tags().recolor(name, color);
    if (!previous)
        return previous;
    m_undoStack->push(new RecolorTagCommand(m_library, *this, name, *previous, color));
    announceReset();
    return previous;
}

Result<TagSnapshot> LibraryEditor::removeTag(const QString &name)
{
    if (!m_readOnlyReason.isEmpty())
        return Error::of(m_readOnlyReason);
    auto removed = m_library.tags().remove(name);
    if (!removed)
        return removed;
    m_undoStack->push(new RemoveTagCommand(m_library, *this, *removed));
    announceReset();
    return removed;
}

void LibraryEditor::announceAdded(const Annotation &annotation)
{
    if (annotation.threadId == m_thread && reload())
        emit annotationAdded(annotation);
}

void LibraryEditor::announceChanged(const Annotation &annotation)
{
    if (annotation.threadId == m_thread && reload())
        emit annotationChanged(annotation);
}

void LibraryEditor::announceRemoved(const Annotation &annotation)
{
    if (annotation.threadId == m_thread && reload())
        emit annotationRemoved(annotation);
}

void LibraryEditor::announceReset()
{
    reload();
    emit annotationsReset();
}

void LibraryEditor::announceFailure(const QString &message)
{
    emit failed(message);
}

bool LibraryEditor::reload()
{
    if (m_thread <= 0) {
        m_annotations.clear();
        return true;
    }
    // Re-reading keeps the list in the library's tree order without the view knowing
    // comment positions; a thread holds few enough annotations for that to be cheap.
    auto listed = m_library.annotations().listForThread(m_thread);
    if (!listed) {
        emit failed(listed.error().message);
        return false;
    }
    m_annotations = std::move(*listed);
    return true;
}

} // namespace Scholia
