#include "createannotationcommand.h"

#include "annotationcontroller.h"
#include "store/annotationstore.h"
#include "store/threadstore.h"

namespace Scholia {

CreateAnnotationCommand::CreateAnnotationCommand(ThreadStore &store,
                                                 AnnotationController &controller,
                                                 const Annotation &created)
    : LibraryCommand(store, controller,
                     created.isWholeComment() ? tr("Annotate comment") : tr("Highlight")),
      m_created(created)
{
}

void CreateAnnotationCommand::undo()
{
    const auto removed = AnnotationStore(m_store.database()).remove(m_created.id);
    if (!removed)
        return fail(removed.error());
    m_controller.announceRemoved(*removed);
}

void CreateAnnotationCommand::redo()
{
    if (isFirstRedo())
        return;
    const auto restored = AnnotationStore(m_store.database()).restore(m_created);
    if (!restored)
        return fail(restored.error());
    m_controller.announceAdded(*restored);
}

} // namespace Scholia
