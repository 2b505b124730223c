#include "removeannotationcommand.h"

#include "libraryeditor.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/threadstore.h"

namespace Scholia {

RemoveAnnotationCommand::RemoveAnnotationCommand(Library &library, LibraryEditor &editor,
                                                 const Annotation &removed)
    : LibraryCommand(library, editor, tr("Delete annotation")), m_removed(removed)
{
}

void RemoveAnnotationCommand::undo()
{
    const auto restored = m_library.annotations().restore(m_removed);
    if (!restored)
        return fail(restored.error());
    m_editor.announceAdded(*restored);
}

void RemoveAnnotationCommand::redo()
{
    if (isFirstRedo())
        return;
    const auto removed = m_library.annotations().remove(m_removed.id);
    if (!removed)
        return fail(removed.error());
    m_editor.announceRemoved(*removed);
}

} // namespace Scholia
