#pragma once

#include "core/annotation.h"
#include "librarycommand.h"

#include <QCoreApplication>

#include <optional>

namespace Scholia {

// A new highlight or whole-comment annotation. Undo removes it; redo puts the very same
// one back (same id, times and tags), so later commands that name it still hold.
class CreateAnnotationCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateAnnotationCommand)

public:
    CreateAnnotationCommand(Library &library, LibraryEditor &editor, const Annotation &draft);

    // The annotation as the library stored it, once performed.
    const Annotation &created() const { return *m_created; }

protected:
    Result<void> forward() override;
    Result<void> backward() override;

private:
    Annotation m_draft;
    std::optional<Annotation> m_created;
};

} // namespace Scholia
