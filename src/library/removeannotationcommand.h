#pragma once

#include "core/annotation.h"
#include "librarycommand.h"

#include <QCoreApplication>

namespace Scholia {

// Deleting an annotation. Undo puts it back whole, with its id, times and tags.
class RemoveAnnotationCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveAnnotationCommand)

public:
    RemoveAnnotationCommand(Library &library, LibraryEditor &editor, const Annotation &removed);

    void undo() override;
    void redo() override;

private:
    Annotation m_removed;
};

} // namespace Scholia
