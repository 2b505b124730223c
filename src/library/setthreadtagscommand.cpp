#include "setthreadtagscommand.h"

#include "libraryeditor.h"
#include "store/library.h"
#include "store/threadtagstore.h"

namespace Scholia {

SetThreadTagsCommand::SetThreadTagsCommand(Library &library, LibraryEditor &editor, qint64 threadId,
                                           const QStringList &tags)
    : LibraryCommand(library, editor, tr("Tag thread")), m_threadId(threadId), m_after(tags)
{
}

Result<void> SetThreadTagsCommand::forward()
{
    auto previous = apply(m_after);
    if (!previous)
        return previous.error();
    if (!m_before)
        m_before = *previous;
    return {};
}

Result<void> SetThreadTagsCommand::backward()
{
    const auto done = apply(*m_before);
    if (!done)
        return done.error();
    return {};
}

Result<QStringList> SetThreadTagsCommand::apply(const QStringList &tags)
{
    auto previous = m_library.threadTags().setTags(m_threadId, tags);
    if (previous)
        m_editor.announceThreadTagsChanged(m_threadId);
    return previous;
}

} // namespace Scholia
