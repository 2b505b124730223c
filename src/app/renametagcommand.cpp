#include "renametagcommand.h"

#include "annotationcontroller.h"
#include "store/tagstore.h"
#include "store/threadstore.h"

namespace Scholia {

RenameTagCommand::RenameTagCommand(ThreadStore &store, AnnotationController &controller,
                                   std::vector<TagRenaming> renamings)
    : LibraryCommand(store, controller,
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
    const auto done = TagStore(m_store.database()).applyRenamings(renamings);
    if (!done)
        return fail(done.error());
    m_controller.announceReset();
}

} // namespace Scholia
