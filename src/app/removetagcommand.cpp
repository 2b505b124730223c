#include "removetagcommand.h"

#include "annotationcontroller.h"
#include "store/tagstore.h"
#include "store/threadstore.h"

namespace Scholia {

RemoveTagCommand::RemoveTagCommand(ThreadStore &store, AnnotationController &controller,
                                   TagSnapshot removed)
    : LibraryCommand(store, controller, tr("Delete tag “%1”").arg(removed.tag.name)),
      m_removed(std::move(removed))
{
}

void RemoveTagCommand::undo()
{
    const auto done = TagStore(m_store.database()).restore(m_removed);
    if (!done)
        return fail(done.error());
    m_controller.announceReset();
}

void RemoveTagCommand::redo()
{
    if (isFirstRedo())
        return;
    auto removed = TagStore(m_store.database()).remove(m_removed.tag.name);
    if (!removed)
        return fail(removed.error());
    m_removed = std::move(*removed);
    m_controller.announceReset();
}

} // namespace Scholia
