#include "removetagcommand.h"

#include "libraryeditor.h"
#include "store/library.h"
#include "store/tagstore.h"

namespace Scholia {

RemoveTagCommand::RemoveTagCommand(Library &library, LibraryEditor &editor, const QString &name)
    : LibraryCommand(library, editor), m_name(name)
{
}

Result<void> RemoveTagCommand::forward()
{
    auto removed = m_library.tags().remove(m_name);
    if (!removed)
        return removed.error();
    if (!m_removed) {
        // Named after the tag as the library spells it (names are matched ignoring case).
        m_name = removed->tag.name;
        setText(tr("Delete tag “%1”").arg(m_name));
    }
    m_removed = std::move(*removed);
    m_editor.announceTagsChanged();
    return {};
}

Result<void> RemoveTagCommand::backward()
{
    const auto done = m_library.tags().restore(*m_removed);
    if (!done)
        return done;
    m_editor.announceTagsChanged();
    return {};
}

} // namespace Scholia
