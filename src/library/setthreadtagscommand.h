#pragma once

#include "librarycommand.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Scholia {

// A thread's tags replaced by new ones; undo puts the old ones back.
class SetThreadTagsCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetThreadTagsCommand)

public:
    SetThreadTagsCommand(Library &library, LibraryEditor &editor, qint64 threadId,
                         const QStringList &tags);

    // The tags the thread had, once performed.
    const QStringList &previousTags() const { return *m_before; }

protected:
    Result<void> forward() override;
    Result<void> backward() override;

private:
    Result<QStringList> apply(const QStringList &tags);

    qint64 m_threadId;
    std::optional<QStringList> m_before;
    QStringList m_after;
};

} // namespace Scholia
