#include "removeannotationcommand.h"

#include "libraryeditor.h"
#include "store/annotationlinkstore.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/librarytransaction.h"

namespace Scholia {

RemoveAnnotationCommand::RemoveAnnotationCommand(Library &library, LibraryEditor &editor, qint64 id)
    : LibraryCommand(library, editor, tr("Delete annotation")), m_id(id)
{
}

Result<void> RemoveAnnotationCommand::forward()
{
    // Read before: the schema drops them with the annotation.
    auto links = m_library.links().linksOf(m_id);
    if (!links)
        return links.error();
    auto removed = m_library.annotations().remove(m_id);
    if (!removed)
        return removed.error();
    m_removed = *removed;
    m_links = std::move(*links);
    m_editor.announceRemoved(*removed);
    if (!m_links.empty())
        m_editor.announceLinksChanged();
    return {};
}

Result<void> RemoveAnnotationCommand::backward()
{
    if (m_links.empty()) {
        const auto restored = m_library.annotations().restore(*m_removed);
        if (!restored)
            return restored.error();
        m_editor.announceAdded(*restored);
        return {};
    }
    // The annotation and its links together, or neither (a link's other end may be gone).
    auto transaction = m_library.transaction();
    if (!transaction)
        return transaction.error();
    const auto restored = m_library.annotations().restore(*m_removed);
    if (!restored)
        return restored.error();
    if (const auto links = m_library.links().restoreAll(m_links); !links)
        return links.error();
    if (const auto committed = (*transaction)->commit(); !committed)
        return committed.error();
    m_editor.announceAdded(*restored);
    m_editor.announceLinksChanged();
    return {};
}

} // namespace Scholia
