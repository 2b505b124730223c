#include "editlinkcommand.h"

#include "libraryeditor.h"
#include "store/annotationlinkstore.h"
#include "store/library.h"

namespace Scholia {

EditLinkCommand::EditLinkCommand(Library &library, LibraryEditor &editor, qint64 id,
                                 const AnnotationLinkEdit &edit)
    : LibraryCommand(library, editor, tr("Edit link")), m_id(id), m_edit(edit)
{
}

Result<void> EditLinkCommand::forward()
{
    if (m_after)
        return put(*m_after);
    AnnotationLinkStore &links = m_library.links();
    const auto before = links.update(m_id, m_edit);
    if (!before)
        return before.error();
    // The library answers with the old state; redo needs the new one exactly, its time
    // included, so it is read back.
    const auto after = links.link(m_id);
    if (!after) {
        m_editor.announceLinksChanged(); // changed all the same
        return after.error();
    }
    m_before = *before;
    m_after = *after;
    m_editor.announceLinksChanged();
    return {};
}

Result<void> EditLinkCommand::backward()
{
    return put(m_before);
}

Result<void> EditLinkCommand::put(const AnnotationLink &state)
{
    const auto previous = m_library.links().update(state.id, AnnotationLinkEdit::restoring(state));
    if (!previous)
        return previous.error();
    m_editor.announceLinksChanged();
    return {};
}

} // namespace Scholia
