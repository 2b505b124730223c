#include "createannotationcommand.h"

#include "libraryeditor.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/threadstore.h"

namespace Scholia {

CreateAnnotationCommand::CreateAnnotationCommand(Library &library, LibraryEditor &editor,
                                                 const Annotation &created)
    : LibraryCommand(library, editor,
                     created.isWholeComment() ? tr("Annotate comment") : tr("Highlight")),
      m_created(created)
{
}

void CreateAnnotationCommand::undo()
{
    const auto removed = m_library.annotations().remove(m_created.id);
    if (!removed)
        return fail(removed.error());
    m_editor.announceRemoved(*removed);
}

void CreateAnnotationCommand::redo()
{
    if (isFirstRedo())
        return;
    const auto restored = m_library.annotations().restore(m_created);
    if (!restored)
        return fail(restored.error());
    m_editor.announceAdded(*restored);
}

} // namespace Scholia
