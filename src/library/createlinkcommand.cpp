#include "createlinkcommand.h"

#include "libraryeditor.h"
#include "store/annotationlinkstore.h"
#include "store/library.h"

namespace Scholia {

CreateLinkCommand::CreateLinkCommand(Library &library, LibraryEditor &editor,
                                     const AnnotationLink &draft)
    : LibraryCommand(library, editor, tr("Link passages")), m_draft(draft)
{
}

Result<void> CreateLinkCommand::forward()
{
    AnnotationLinkStore &links = m_library.links();
    auto stored = m_created ? links.restore(*m_created) : links.create(m_draft);
    if (!stored)
        return stored.error();
    m_created = *stored;
    m_editor.announceLinksChanged();
    return {};
}

Result<void> CreateLinkCommand::backward()
{
    const auto removed = m_library.links().remove(m_created->id);
    if (!removed)
        return removed.error();
    m_editor.announceLinksChanged();
    return {};
}

} // namespace Scholia
