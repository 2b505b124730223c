#pragma once

#include "librarycommand.h"
#include "store/tagrenaming.h"

#include <QCoreApplication>

#include <vector>

namespace Scholia {

// Renaming a tag and the tags below it. Undo and redo apply exactly the renamings the
// first rename made, so a child created meanwhile is not dragged along.
class RenameTagCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenameTagCommand)

public:
    RenameTagCommand(Library &library, LibraryEditor &editor, std::vector<TagRenaming> renamings);

    void undo() override;
    void redo() override;

private:
    void apply(const std::vector<TagRenaming> &renamings);

    std::vector<TagRenaming> m_renamings;
};

} // namespace Scholia
