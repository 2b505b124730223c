#include "renametagcommand.h"

#include "libraryeditor.h"
#include "store/library.h"
#include "store/tagstore.h"

namespace Scholia {

RenameTagCommand::RenameTagCommand(Library &library, LibraryEditor &editor, const QString &from,
                                   const QString &to)
    : LibraryCommand(library, editor), m_from(from), m_to(to)
{
}

Result<void> RenameTagCommand::forward()
{
    if (m_renamings)
        return apply(*m_renamings);
    auto renamings = m_library.tags().rename(m_from, m_to);
    if (!renamings)
        return renamings.error();
    // Named after the tag as the library spells it (names are matched ignoring case).
    setText(renamings->empty() ? tr("Rename tag")
                               : tr("Rename tag “%1”").arg(renamings->front().from));
    m_renamings = std::move(*renamings);
    m_editor.announceTagsChanged();
    return {};
}

Result<void> RenameTagCommand::backward()
{
    return apply(TagRenaming::inverted(*m_renamings));
}

Result<void> RenameTagCommand::apply(const std::vector<TagRenaming> &renamings)
{
    const auto done = m_library.tags().applyRenamings(renamings);
    if (!done)
        return done;
    m_editor.announceTagsChanged();
    return {};
}

} // namespace Scholia
