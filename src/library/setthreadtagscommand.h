#pragma once

#include "librarycommand.h"

#include <QCoreApplication>
#include <QStringList>

namespace Scholia {

// A thread's tags replaced by new ones; undo puts the old ones back.
class SetThreadTagsCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetThreadTagsCommand)

public:
    SetThreadTagsCommand(Library &library, LibraryEditor &editor, qint64 threadId,
                         const QStringList &before, const QStringList &after);

    void undo() override;
    void redo() override;

private:
    void apply(const QStringList &tags);

    qint64 m_threadId;
    QStringList m_before;
    QStringList m_after;
};

} // namespace Scholia
