#include "recolortagcommand.h"

#include "annotationcontroller.h"
#include "store/tagstore.h"
#include "store/threadstore.h"

namespace Scholia {

RecolorTagCommand::RecolorTagCommand(ThreadStore &store, AnnotationController &controller,
                                     const QString &name, const QString &before,
                                     const QString &after)
    : LibraryCommand(store, controller, tr("Recolour tag “%1”").arg(name)), m_name(name),
      m_before(before), m_after(after)
{
}

void RecolorTagCommand::undo()
{
    apply(m_before);
}

void RecolorTagCommand::redo()
{
    if (!isFirstRedo())
        apply(m_after);
}

void RecolorTagCommand::apply(const QString &color)
{
    const auto done = TagStore(m_store.database()).recolor(m_name, color);
    if (!done)
        return fail(done.error());
    m_controller.announceReset();
}

} // namespace Scholia
