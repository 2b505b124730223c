#pragma once

#include "core/annotation.h"
#include "core/annotationedit.h"
#include "librarycommand.h"

#include <QCoreApplication>

#include <optional>

namespace Scholia {

// A change of colour, tags or note. Undo and redo each put back one whole state, times
// included. Note edits typed in one go onto the same annotation merge into one step.
class EditAnnotationCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditAnnotationCommand)

public:
    EditAnnotationCommand(Library &library, LibraryEditor &editor, qint64 id,
                          const AnnotationEdit &edit);

    // The annotation as it is after the edit, once performed.
    const Annotation &after() const { return *m_after; }

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    Result<void> forward() override;
    Result<void> backward() override;

private:
    bool isNoteOnly() const;
    QString describe() const;
    Result<void> put(const Annotation &state);

    qint64 m_id;
    AnnotationEdit m_edit;
    Annotation m_before;
    std::optional<Annotation> m_after; // set once performed
};

} // namespace Scholia
