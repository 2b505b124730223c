#include "removelinkcommand.h"

#include "libraryeditor.h"
#include "store/annotationlinkstore.h"
#include "store/library.h"

namespace Scholia {

RemoveLinkCommand::RemoveLinkCommand(Library &library, LibraryEditor &editor, qint64 id)
    : LibraryCommand(library, editor, tr("Remove link")), m_id(id)
{
}

Result<void> RemoveLinkCommand::forward()
{
    auto removed = m_library.links().remove(m_id);
    if (!removed)
        return removed.error();
    m_removed = *removed;
    m_editor.announceLinksChanged();
    return {};
}

Result<void> RemoveLinkCommand::backward()
{
    const auto restored = m_library.links().restore(*m_removed);
    if (!restored)
        return restored.error();
    m_editor.announceLinksChanged();
    return {};
}

} // namespace Scholia
