#include "editannotationcommand.h"

#include "libraryeditor.h"
#include "store/annotationstore.h"
#include "store/library.h"

namespace Scholia {

namespace {
constexpr int noteEditId = 0x5c401; // any id unique among Scholia's commands
}

EditAnnotationCommand::EditAnnotationCommand(Library &library, LibraryEditor &editor, qint64 id,
                                             const AnnotationEdit &edit)
    : LibraryCommand(library, editor, tr("Edit annotation")), m_id(id), m_edit(edit)
{
}

int EditAnnotationCommand::id() const
{
    return isNoteOnly() ? noteEditId : -1;
}

bool EditAnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditAnnotationCommand *>(other); // same id()
    if (next->m_id != m_id || !next->isNoteOnly())
        return false;
    m_after = next->m_after;
    return true;
}

Result<void> EditAnnotationCommand::forward()
{
    if (m_after)
        return put(*m_after);
    AnnotationStore &annotations = m_library.annotations();
    const auto before = annotations.update(m_id, m_edit);
    if (!before)
        return before.error();
    // The library answers with the old state; redo needs the new one exactly, times and
    // normalized tags included, so it is read back.
    auto after = annotations.annotation(m_id);
    if (!after) {
        m_editor.announceReset(); // changed all the same: let the views read it again
        return after.error();
    }
    m_before = *before;
    m_after = *after;
    setText(describe());
    m_editor.announceChanged(*m_after);
    return {};
}

Result<void> EditAnnotationCommand::backward()
{
    return put(m_before);
}

bool EditAnnotationCommand::isNoteOnly() const
{
    return m_before.color == m_after->color && m_before.tags == m_after->tags;
}

QString EditAnnotationCommand::describe() const
{
    if (isNoteOnly())
        return tr("Edit note");
    if (m_before.color != m_after->color && m_before.tags == m_after->tags)
        return tr("Change colour");
    if (m_before.tags != m_after->tags && m_before.color == m_after->color)
        return tr("Change tags");
    return tr("Edit annotation");
}

Result<void> EditAnnotationCommand::put(const Annotation &state)
{
    AnnotationStore &annotations = m_library.annotations();
    const auto previous = annotations.update(state.id, AnnotationEdit::restoring(state));
    if (!previous)
        return previous.error();
    const auto now = annotations.annotation(state.id);
    if (!now)
        return now.error();
    m_editor.announceChanged(*now);
    return {};
}

} // namespace Scholia
