#include "recolortagcommand.h"

#include "libraryeditor.h"
#include "store/library.h"
#include "store/tagstore.h"
#include "store/threadstore.h"

namespace Scholia {

RecolorTagCommand::RecolorTagCommand(Library &library, LibraryEditor &editor, const QString &name,
                                     const QString &before, const QString &after)
    : LibraryCommand(library, editor, tr("Recolour tag “%1”").arg(name)), m_name(name),
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
    const auto done = m_library.tags().recolor(m_name, color);
    if (!done)
        return fail(done.error());
    m_editor.announceReset();
}

} // namespace Scholia
