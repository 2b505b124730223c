#include "removetagcommand.h"

#include "annotationcontroller.h"
#include "store/library.h"
#include "store/tagstore.h"
#include "store/threadstore.h"

namespace Scholia {

RemoveTagCommand::RemoveTagCommand(Library &library, AnnotationController &controller,
                                   TagSnapshot removed)
    : LibraryCommand(library, controller, tr("Delete tag “%1”").arg(removed.tag.name)),
      m_removed(std::move(removed))
{
}

void RemoveTagCommand::undo()
{
    const auto done = m_library.tags().restore(m_removed);
    if (!done)
        return fail(done.error());
    m_controller.announceReset();
}

void RemoveTagCommand::redo()
{
    if (isFirstRedo())
        return;
    auto removed = m_library.tags().remove(m_removed.tag.name);
    if (!removed)
        return fail(removed.error());
    m_removed = std::move(*removed);
    m_controller.announceReset();
}

} // namespace Scholia
