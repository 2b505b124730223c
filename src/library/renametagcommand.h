#pragma once

#include "librarycommand.h"
#include "store/tagrenaming.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace Scholia {

// Renaming a tag and the tags below it. Undo and redo apply exactly the renamings the
// first rename made, so a child created meanwhile is not dragged along.
class RenameTagCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenameTagCommand)

public:
    RenameTagCommand(Library &library, LibraryEditor &editor, const QString &from,
                     const QString &to);

    // What the first rename did, once performed.
    const std::vector<TagRenaming> &renamings() const { return *m_renamings; }

protected:
    Result<void> forward() override;
    Result<void> backward() override;

private:
    Result<void> apply(const std::vector<TagRenaming> &renamings);

    QString m_from;
    QString m_to;
    std::optional<std::vector<TagRenaming>> m_renamings;
};

} // namespace Scholia
