#include "createannotationcommand.h"

#include "libraryeditor.h"
#include "store/annotationstore.h"
#include "store/library.h"

namespace Scholia {

CreateAnnotationCommand::CreateAnnotationCommand(Library &library, LibraryEditor &editor,
                                                 const Annotation &draft)
    : LibraryCommand(library, editor,
                     draft.isWholeComment() ? tr("Annotate comment") : tr("Highlight")),
      m_draft(draft)
{
}

Result<void> CreateAnnotationCommand::forward()
{
    AnnotationStore &annotations = m_library.annotations();
    // The first time the library gives the annotation its id and times; a redo puts
    // back that very one.
    auto stored = m_created ? annotations.restore(*m_created) : annotations.create(m_draft);
    if (!stored)
        return stored.error();
    m_created = *stored;
    m_editor.announceAdded(*stored);
    return {};
}

Result<void> CreateAnnotationCommand::backward()
{
    const auto removed = m_library.annotations().remove(m_created->id);
    if (!removed)
        return removed.error();
    m_editor.announceRemoved(*removed);
    return {};
}

} // namespace Scholia
