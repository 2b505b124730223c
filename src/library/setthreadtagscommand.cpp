#include "setthreadtagscommand.h"

#include "libraryeditor.h"
#include "store/library.h"
#include "store/threadstore.h"
#include "store/threadtagstore.h"

namespace Scholia {

SetThreadTagsCommand::SetThreadTagsCommand(Library &library, LibraryEditor &editor, qint64 threadId,
                                           const QStringList &before, const QStringList &after)
    : LibraryCommand(library, editor, tr("Tag thread")), m_threadId(threadId), m_before(before),
      m_after(after)
{
}

void SetThreadTagsCommand::undo()
{
    apply(m_before);
}

void SetThreadTagsCommand::redo()
{
    if (!isFirstRedo())
        apply(m_after);
}

void SetThreadTagsCommand::apply(const QStringList &tags)
{
    const auto done = m_library.threadTags().setTags(m_threadId, tags);
    if (!done)
        return fail(done.error());
    emit m_editor.threadTagsChanged(m_threadId);
}

} // namespace Scholia
