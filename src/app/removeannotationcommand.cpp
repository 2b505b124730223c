#include "removeannotationcommand.h"

#include "annotationcontroller.h"
#include "store/annotationstore.h"
#include "store/threadstore.h"

namespace Scholia {

RemoveAnnotationCommand::RemoveAnnotationCommand(ThreadStore &store,
                                                 AnnotationController &controller,
                                                 const Annotation &removed)
    : LibraryCommand(store, controller, tr("Delete annotation")), m_removed(removed)
{
}

void RemoveAnnotationCommand::undo()
{
    const auto restored = AnnotationStore(m_store.database()).restore(m_removed);
    if (!restored)
        return fail(restored.error());
    m_controller.announceAdded(*restored);
}

void RemoveAnnotationCommand::redo()
{
    if (isFirstRedo())
        return;
    const auto removed = AnnotationStore(m_store.database()).remove(m_removed.id);
    if (!removed)
        return fail(removed.error());
    m_controller.announceRemoved(*removed);
}

} // namespace Scholia
