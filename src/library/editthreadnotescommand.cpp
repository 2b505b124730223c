#include "editthreadnotescommand.h"

#include "libraryeditor.h"
#include "store/library.h"
#include "store/threadnotesstore.h"

namespace Scholia {

namespace {
constexpr int threadNotesEditId = 0x5c402; // any id unique among Scholia's commands
}

EditThreadNotesCommand::EditThreadNotesCommand(Library &library, LibraryEditor &editor,
                                               qint64 threadId, const QString &notes,
                                               Clock::time_point when)
    : LibraryCommand(library, editor, tr("Edit thread notes")), m_threadId(threadId),
      m_after(notes), m_lastEdit(when)
{
}

int EditThreadNotesCommand::id() const
{
    return threadNotesEditId;
}

bool EditThreadNotesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditThreadNotesCommand *>(other); // same id()
    if (next->m_threadId != m_threadId || next->m_lastEdit - m_lastEdit >= mergeWindow)
        return false;
    m_after = next->m_after;
    m_lastEdit = next->m_lastEdit;
    setObsolete(m_after == *m_before); // written and taken back: the stack drops the step
    return true;
}

Result<void> EditThreadNotesCommand::forward()
{
    auto previous = save(m_after);
    if (!previous)
        return previous.error();
    if (!m_before) {
        m_before = *previous;
        // A save that changes nothing (typing taken back before the pause) is no step:
        // QUndoStack::push drops an obsolete command, unless it merges into the one before.
        setObsolete(*m_before == m_after);
    }
    return {};
}

Result<void> EditThreadNotesCommand::backward()
{
    const auto done = save(*m_before);
    if (!done)
        return done.error();
    return {};
}

Result<QString> EditThreadNotesCommand::save(const QString &notes)
{
    auto previous = m_library.notes().save(m_threadId, notes);
    if (previous)
        m_editor.announceThreadNotesChanged(m_threadId, notes);
    return previous;
}

} // namespace Scholia
