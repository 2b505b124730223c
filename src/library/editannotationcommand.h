#pragma once

#include "core/annotation.h"
#include "librarycommand.h"

#include <QCoreApplication>

namespace Scholia {

// A change of colour, tags or note. Undo and redo each put back one whole state, times
// included. Note edits typed in one go onto the same annotation merge into one step.
class EditAnnotationCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditAnnotationCommand)

public:
    EditAnnotationCommand(Library &library, LibraryEditor &editor, const Annotation &before,
                          const Annotation &after);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool isNoteOnly() const;
    void put(const Annotation &state);

    Annotation m_before;
    Annotation m_after;
};

} // namespace Scholia
