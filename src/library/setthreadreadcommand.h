#pragma once

#include "librarycommand.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Scholia {

// Every comment of a thread marked read, or unread; undo makes exactly the comments that
// were unread before unread again, the rest read.
class SetThreadReadCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetThreadReadCommand)

public:
    SetThreadReadCommand(Library &library, LibraryEditor &editor, qint64 threadId, bool read);

    // The comments that were unread, once performed.
    const QStringList &previousUnread() const { return *m_unreadBefore; }

protected:
    Result<void> forward() override;
    Result<void> backward() override;

private:
    qint64 m_threadId;
    bool m_read;
    std::optional<QStringList> m_unreadBefore;
};

} // namespace Scholia
