#include "setthreadreadcommand.h"

#include "libraryeditor.h"
#include "store/library.h"
#include "store/readstatestore.h"
#include "store/threadstore.h"

namespace Scholia {

SetThreadReadCommand::SetThreadReadCommand(Library &library, LibraryEditor &editor, qint64 threadId,
                                           bool read)
    : LibraryCommand(library, editor, read ? tr("Mark thread read") : tr("Mark thread unread")),
      m_threadId(threadId), m_read(read)
{
}

Result<void> SetThreadReadCommand::forward()
{
    if (!m_unreadBefore) {
        auto unread = m_library.readState().unreadIds(m_threadId);
        if (!unread)
            return unread.error();
        m_unreadBefore = std::move(unread).value();
    }
    Result<void> done;
    if (m_read) {
        done = m_library.readState().setUnread(m_threadId, {});
    } else {
        // Every comment: the store passes over the placeholders.
        auto all = m_library.threads().commentSourceIds(m_threadId);
        if (!all)
            return all.error();
        done = m_library.readState().setUnread(m_threadId, *all);
    }
    if (done)
        m_editor.announceReadStateChanged(m_threadId);
    return done;
}

Result<void> SetThreadReadCommand::backward()
{
    auto done = m_library.readState().setUnread(m_threadId, *m_unreadBefore);
    if (done)
        m_editor.announceReadStateChanged(m_threadId);
    return done;
}

} // namespace Scholia
