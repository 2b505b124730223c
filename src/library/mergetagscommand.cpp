#include "mergetagscommand.h"

#include "libraryeditor.h"
#include "store/library.h"
#include "store/tagstore.h"
#include "store/threadstore.h"

namespace Scholia {

MergeTagsCommand::MergeTagsCommand(Library &library, LibraryEditor &editor, TagMerge merge)
    : LibraryCommand(library, editor,
                     tr("Merge tag “%1” into “%2”").arg(merge.merged.tag.name, merge.into)),
      m_merge(std::move(merge))
{
}

void MergeTagsCommand::undo()
{
    const auto done = m_library.tags().unmerge(m_merge);
    if (!done)
        return fail(done.error());
    m_editor.announceReset();
}

void MergeTagsCommand::redo()
{
    if (isFirstRedo())
        return;
    auto merged = m_library.tags().merge(m_merge.merged.tag.name, m_merge.into);
    if (!merged)
        return fail(merged.error());
    m_merge = std::move(*merged);
    m_editor.announceReset();
}

} // namespace Scholia
