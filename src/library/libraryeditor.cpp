#include "libraryeditor.h"

#include "createannotationcommand.h"
#include "createlinkcommand.h"
#include "editannotationcommand.h"
#include "editlinkcommand.h"
#include "editthreadnotescommand.h"
#include "mergetagscommand.h"
#include "recolortagcommand.h"
#include "removeannotationcommand.h"
#include "removelinkcommand.h"
#include "removetagcommand.h"
#include "renametagcommand.h"
#include "setthreadreadcommand.h"
#include "setthreadtagscommand.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/readstatestore.h"

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

template <typename Command, typename Answer>
Result<Answer> LibraryEditor::perform(std::unique_ptr<Command> command,
                                      const Answer &(Command::*answer)() const)
{
    if (isReadOnly())
        return Error::of(m_readOnlyReason);
    if (auto done = command->perform(); !done)
        return done.error();
    Answer value = ((*command).*answer)();
    m_undoStack->push(command.release());
    return value;
}

Result<Annotation> LibraryEditor::create(const Annotation &draft)
{
    Annotation complete = draft;
    if (complete.threadId == 0)
        complete.threadId = m_thread;
    return perform(std::make_unique<CreateAnnotationCommand>(m_library, *this, complete),
                   &CreateAnnotationCommand::created);
}

Result<Annotation> LibraryEditor::update(qint64 id, const AnnotationEdit &edit)
{
    return perform(std::make_unique<EditAnnotationCommand>(m_library, *this, id, edit),
                   &EditAnnotationCommand::after);
}

Result<Annotation> LibraryEditor::remove(qint64 id)
{
    return perform(std::make_unique<RemoveAnnotationCommand>(m_library, *this, id),
                   &RemoveAnnotationCommand::removed);
}

Result<AnnotationLink> LibraryEditor::createLink(const AnnotationLink &draft)
{
    return perform(std::make_unique<CreateLinkCommand>(m_library, *this, draft),
                   &CreateLinkCommand::created);
}

Result<AnnotationLink> LibraryEditor::updateLink(qint64 id, const AnnotationLinkEdit &edit)
{
    return perform(std::make_unique<EditLinkCommand>(m_library, *this, id, edit),
                   &EditLinkCommand::after);
}

Result<AnnotationLink> LibraryEditor::removeLink(qint64 id)
{
    return perform(std::make_unique<RemoveLinkCommand>(m_library, *this, id),
                   &RemoveLinkCommand::removed);
}

Result<std::vector<TagRenaming>> LibraryEditor::renameTag(const QString &from, const QString &to)
{
    return perform(std::make_unique<RenameTagCommand>(m_library, *this, from, to),
                   &RenameTagCommand::renamings);
}

Result<TagMerge> LibraryEditor::mergeTags(const QString &from, const QString &into)
{
    return perform(std::make_unique<MergeTagsCommand>(m_library, *this, from, into),
                   &MergeTagsCommand::merge);
}

Result<QString> LibraryEditor::recolorTag(const QString &name, const QString &color)
{
    return perform(std::make_unique<RecolorTagCommand>(m_library, *this, name, color),
                   &RecolorTagCommand::previousColor);
}

Result<TagSnapshot> LibraryEditor::removeTag(const QString &name)
{
    return perform(std::make_unique<RemoveTagCommand>(m_library, *this, name),
                   &RemoveTagCommand::removed);
}

Result<QStringList> LibraryEditor::setThreadTags(qint64 threadId, const QStringList &tags)
{
    return perform(std::make_unique<SetThreadTagsCommand>(m_library, *this, threadId, tags),
                   &SetThreadTagsCommand::previousTags);
}

Result<QString> LibraryEditor::saveThreadNotes(qint64 threadId, const QString &notes)
{
    return perform(std::make_unique<EditThreadNotesCommand>(m_library, *this, threadId, notes),
                   &EditThreadNotesCommand::previousNotes);
}

Result<void> LibraryEditor::markCommentsRead(const QStringList &sourceIds, bool read)
{
    if (isReadOnly())
        return Error::of(m_readOnlyReason);
    if (m_thread <= 0)
        return Error::of(tr("no thread is shown"));
    auto done = m_library.readState().markRead(m_thread, sourceIds, read);
    if (done)
        emit readStateChanged(m_thread);
    return done;
}

Result<void> LibraryEditor::setThreadRead(qint64 threadId, bool read)
{
    if (isReadOnly())
        return Error::of(m_readOnlyReason);
    auto command = std::make_unique<SetThreadReadCommand>(m_library, *this, threadId, read);
    if (auto done = command->perform(); !done)
        return done.error();
    m_undoStack->push(command.release());
    return {};
}

Result<void> LibraryEditor::markThreadVisited(qint64 threadId)
{
    if (isReadOnly())
        return Error::of(m_readOnlyReason);
    auto done = m_library.readState().markVisited(threadId);
    if (done)
        emit readStateChanged(threadId);
    return done;
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

void LibraryEditor::announceTagsChanged()
{
    announceReset();
    emit tagsChanged();
}

void LibraryEditor::announceLinksChanged()
{
    emit linksChanged();
}

void LibraryEditor::announceThreadTagsChanged(qint64 threadId)
{
    emit threadTagsChanged(threadId);
}

void LibraryEditor::announceThreadNotesChanged(qint64 threadId, const QString &notes)
{
    emit threadNotesChanged(threadId, notes);
}

void LibraryEditor::announceReadStateChanged(qint64 threadId)
{
    emit readStateChanged(threadId);
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
