#include "mergetagscommand.h"

#include "libraryeditor.h"
#include "store/library.h"
#include "store/tagstore.h"

namespace Scholia {

MergeTagsCommand::MergeTagsCommand(Library &library, LibraryEditor &editor, const QString &from,
                                   const QString &into)
    : LibraryCommand(library, editor), m_from(from), m_into(into)
{
}

Result<void> MergeTagsCommand::forward()
{
    auto merged = m_library.tags().merge(m_from, m_into);
    if (!merged)
        return merged.error();
    if (!m_merge) {
        // Named after the tags as the library spells them (names are matched ignoring case).
        m_from = merged->merged.tag.name;
        m_into = merged->into;
        setText(tr("Merge tag “%1” into “%2”").arg(m_from, m_into));
    }
    m_merge = std::move(*merged);
    m_editor.announceTagsChanged();
    return {};
}

Result<void> MergeTagsCommand::backward()
{
    const auto done = m_library.tags().unmerge(*m_merge);
    if (!done)
        return done;
    m_editor.announceTagsChanged();
    return {};
}

} // namespace Scholia
