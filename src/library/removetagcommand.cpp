#include "removetagcommand.h"

#include "libraryeditor.h"
#include "store/library.h"
#include "store/tagstore.h"
#include "store/threadstore.h"

namespace Scholia {

RemoveTagCommand::RemoveTagCommand(Library &library, LibraryEditor &editor, TagSnapshot removed)
    : LibraryCommand(library, editor, tr("Delete tag “%1”").arg(removed.tag.name)),
      m_removed(std::move(removed))
{
}

void RemoveTagCommand::undo()
{
    const auto done = m_library.tags().restore(m_removed);
    if (!done)
        return fail(done.error());
    m_editor.announceReset();
}

void RemoveTagCommand::redo()
{
    if (isFirstRedo())
        return;
    auto removed = m_library.tags().remove(m_removed.tag.name);
    if (!removed)
        return fail(removed.error());
    m_removed = std::move(*removed);
    m_editor.announceReset();
}

} // namespace Scholia
