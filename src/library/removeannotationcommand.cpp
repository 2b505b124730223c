#include "removeannotationcommand.h"

#include "libraryeditor.h"
#include "store/annotationstore.h"
#include "store/library.h"

namespace Scholia {

RemoveAnnotationCommand::RemoveAnnotationCommand(Library &library, LibraryEditor &editor, qint64 id)
    : LibraryCommand(library, editor, tr("Delete annotation")), m_id(id)
{
}

Result<void> RemoveAnnotationCommand::forward()
{
    auto removed = m_library.annotations().remove(m_id);
    if (!removed)
        return removed.error();
    m_removed = *removed;
    m_editor.announceRemoved(*removed);
    return {};
}

Result<void> RemoveAnnotationCommand::backward()
{
    const auto restored = m_library.annotations().restore(*m_removed);
    if (!restored)
        return restored.error();
    m_editor.announceAdded(*restored);
    return {};
}

} // namespace Scholia
