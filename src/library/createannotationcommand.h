#pragma once

#include "core/annotation.h"
#include "librarycommand.h"

#include <QCoreApplication>

namespace Scholia {

// A new highlight or whole-comment annotation. Undo removes it; redo puts the very same
// one back (same id, times and tags), so later commands that name it still hold.
class CreateAnnotationCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateAnnotationCommand)

public:
    CreateAnnotationCommand(Library &library, LibraryEditor &editor, const Annotation &created);

    void undo() override;
    void redo() override;

private:
    Annotation m_created;
};

} // namespace Scholia
