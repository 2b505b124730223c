#include "renametagcommand.h"

#include "libraryeditor.h"
#include "store/library.h"
#include "store/tagstore.h"
#include "store/threadstore.h"

namespace Scholia {

RenameTagCommand::RenameTagCommand(Library &library, LibraryEditor &editor,
                                   std::vector<TagRenaming> renamings)
    : LibraryCommand(library, editor,
                     renamings.empty() ? tr("Rename tag")
                                       : tr("Rename tag “%1”").arg(renamings.front().from)),
      m_renamings(std::move(renamings))
{
}

void RenameTagCommand::undo()
{
    apply(TagRenaming::inverted(m_renamings));
}

void RenameTagCommand::redo()
{
    if (!isFirstRedo())
        apply(m_renamings);
}

void RenameTagCommand::apply(const std::vector<TagRenaming> &renamings)
{
    const auto done = m_library.tags().applyRenamings(renamings);
    if (!done)
        return fail(done.error());
    m_editor.announceReset();
}

} // namespace Scholia
