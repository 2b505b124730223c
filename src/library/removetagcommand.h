#pragma once

#include "librarycommand.h"
#include "store/tagsnapshot.h"

#include <QCoreApplication>

namespace Scholia {

// Deleting a tag from everything that carries it. Undo restores it with its id and
// colour; redo deletes it again and keeps the new snapshot for the next undo.
class RemoveTagCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveTagCommand)

public:
    RemoveTagCommand(Library &library, LibraryEditor &editor, TagSnapshot removed);

    void undo() override;
    void redo() override;

private:
    TagSnapshot m_removed;
};

} // namespace Scholia
