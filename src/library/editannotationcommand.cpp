#include "editannotationcommand.h"

#include "core/annotationedit.h"
#include "libraryeditor.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/threadstore.h"

namespace Scholia {

namespace {
constexpr int noteEditId = 0x5c401; // any id unique among Scholia's commands
}

EditAnnotationCommand::EditAnnotationCommand(Library &library, LibraryEditor &editor,
                                             const Annotation &before, const Annotation &after)
    : LibraryCommand(library, editor, tr("Edit annotation")), m_before(before), m_after(after)
{
    if (isNoteOnly())
        setText(tr("Edit note"));
    else if (before.color != after.color && before.tags == after.tags)
        setText(tr("Change colour"));
    else if (before.tags != after.tags && before.color == after.color)
        setText(tr("Change tags"));
}

void EditAnnotationCommand::undo()
{
    put(m_before);
}

void EditAnnotationCommand::redo()
{
    if (isFirstRedo())
        return;
    put(m_after);
}

int EditAnnotationCommand::id() const
{
    return isNoteOnly() ? noteEditId : -1;
}

bool EditAnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditAnnotationCommand *>(other); // same id()
    if (next->m_before.id != m_after.id || !next->isNoteOnly())
        return false;
    m_after = next->m_after;
    return true;
}

bool EditAnnotationCommand::isNoteOnly() const
{
    return m_before.color == m_after.color && m_before.tags == m_after.tags;
}

void EditAnnotationCommand::put(const Annotation &state)
{
    AnnotationStore &annotations = m_library.annotations();
    const auto previous = annotations.update(state.id, AnnotationEdit::restoring(state));
    if (!previous)
        return fail(previous.error());
    const auto now = annotations.annotation(state.id);
    if (!now)
        return fail(now.error());
    m_editor.announceChanged(*now);
}

} // namespace Scholia
